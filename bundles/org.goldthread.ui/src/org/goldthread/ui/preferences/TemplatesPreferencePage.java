package org.goldthread.ui.preferences;

import org.eclipse.ui.texteditor.templates.TemplatePreferencePage;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.editor.GoldthreadTemplates;

/**
 * Window > Preferences > Goldthread > Templates: the course templates offered by content assist
 * (module, day, session, study day, assessment, delivery, gap), to edit, disable, add to, import and
 * export; Restore Defaults brings back the built-in ones. A template is offered where the grammar
 * allows the first word of its pattern.
 */
public class TemplatesPreferencePage extends TemplatePreferencePage {

	public static final String ID = "org.goldthread.ui.preferences.templates";

	public TemplatesPreferencePage() {
		setPreferenceStore(GoldthreadUiPlugin.getDefault().getPreferenceStore());
		setTemplateStore(GoldthreadTemplates.store());
		setContextTypeRegistry(GoldthreadTemplates.registry());
		setDescription("Course templates, offered by content assist (Ctrl+Space) where the grammar allows their first word.");
	}

	@Override
	protected boolean isShowFormatterSetting() {
		return false;
	}
}
