package org.goldthread.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.goldthread.ui.editor.ShippedFrameworkEditorInput;
import org.goldthread.ui.model.GoldthreadLanguage;

/**
 * The generic editor has no outline of its own; AbstractTextEditor.getAdapter falls back to the
 * platform's adapter manager, so this factory gives Goldthread files their Outline page.
 */
public class GoldthreadOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptableObject instanceof ITextEditor editor) {
			IEditorInput input = editor.getEditorInput();
			if (input instanceof IFileEditorInput fileInput && GoldthreadLanguage.isGoldthreadFile(fileInput.getFile())
					|| input instanceof ShippedFrameworkEditorInput) {
				return adapterType.cast(new GoldthreadOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
