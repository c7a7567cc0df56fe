package org.goldthread.ui;

import java.util.List;

/** Names of the bundle's icons (icons/NAME.png, 16×16, drawn by icons-src/IconPainter.java). */
public final class GoldthreadImages {

	private GoldthreadImages() {
	}

	public static final String CURRICULUM = "curriculum";
	public static final String FRAMEWORK = "framework";
	public static final String COURSE = "course";
	public static final String PLAN = "plan";
	public static final String MODULE = "module";
	public static final String DAY = "day";
	public static final String SESSION = "session";
	public static final String OBJECTIVE = "objective";
	public static final String THREAD = "thread";
	public static final String THEME = "theme";
	public static final String ASSESSMENT = "assessment";
	public static final String GAP = "gap";
	public static final String ELEMENT = "element";
	public static final String TEMPLATE = "template";
	public static final String CHECK = "check";
	public static final String COVERAGE = "coverage";
	public static final String QUICKFIX = "quickfix";

	public static final List<String> ALL = List.of(CURRICULUM, FRAMEWORK, COURSE, PLAN, MODULE, DAY, SESSION, OBJECTIVE, THREAD,
			THEME, ASSESSMENT, GAP, ELEMENT, TEMPLATE, CHECK, COVERAGE, QUICKFIX);
}
