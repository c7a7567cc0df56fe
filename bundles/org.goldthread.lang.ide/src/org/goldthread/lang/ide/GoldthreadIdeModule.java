package org.goldthread.lang.ide;

/**
 * Editor-neutral IDE services (content assist, hover, symbols, highlighting), shared by the
 * Eclipse editor and the language server.
 */
public class GoldthreadIdeModule extends AbstractGoldthreadIdeModule {
}
