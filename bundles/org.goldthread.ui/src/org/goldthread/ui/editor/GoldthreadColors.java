package org.goldthread.ui.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The editor's colours (kept in JFace's colour registry, so they are shared and disposed with the display). */
public final class GoldthreadColors {

	private GoldthreadColors() {
	}

	public static final RGB KEYWORD = new RGB(127, 0, 85);
	public static final RGB STRING = new RGB(42, 0, 255);
	public static final RGB COMMENT = new RGB(63, 127, 95);
	public static final RGB NUMBER = new RGB(110, 110, 110);
	public static final RGB DECLARATION = new RGB(0, 90, 120);
	public static final RGB OBJECTIVE = new RGB(170, 60, 0);
	public static final RGB THREAD = new RGB(150, 105, 0);
	public static final RGB FRAMEWORK = new RGB(0, 110, 40);
	public static final RGB REFERENCE = new RGB(0, 60, 170);

	/** UI thread only. */
	public static Color color(RGB rgb) {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		String key = "org.goldthread.ui.color." + rgb.red + "." + rgb.green + "." + rgb.blue;
		if (!registry.hasValueFor(key)) {
			registry.put(key, rgb);
		}
		return registry.get(key);
	}
}
