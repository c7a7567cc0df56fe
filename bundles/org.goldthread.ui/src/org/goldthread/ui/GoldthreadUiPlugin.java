package org.goldthread.ui;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.goldthread.ui.model.ErrorLog;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;
import org.osgi.framework.BundleContext;

/**
 * The Goldthread IDE bundle: images, logging, and the life cycle of the document models (see
 * {@link ModelManager}).
 */
public class GoldthreadUiPlugin extends AbstractUIPlugin {

	public static final String ID = ErrorLog.PLUGIN_ID;

	private static GoldthreadUiPlugin instance;

	public GoldthreadUiPlugin() {
		instance = this;
	}

	public static GoldthreadUiPlugin getDefault() {
		return instance;
	}

	/** Loads the language in the background as soon as the bundle starts (see {@link GoldthreadLanguage#preload()}). */
	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		Job preload = Job.create("Loading the Goldthread language", monitor -> {
			GoldthreadLanguage.preload();
		});
		preload.setSystem(true);
		preload.schedule();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			ModelManager.shutdown();
		} finally {
			super.stop(context);
		}
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String name : GoldthreadImages.ALL) {
			registry.put(name, ImageDescriptor.createFromURL(getBundle().getEntry("icons/" + name + ".png")));
		}
	}

	/** A shared image by its name under icons/ (without ".png"); never dispose it. Null outside the workbench. */
	public static Image image(String name) {
		GoldthreadUiPlugin plugin = instance;
		return plugin == null ? null : plugin.getImageRegistry().get(name);
	}

	public static ImageDescriptor imageDescriptor(String name) {
		GoldthreadUiPlugin plugin = instance;
		return plugin == null ? null : plugin.getImageRegistry().getDescriptor(name);
	}

	/** Logs a failure of an IDE service; the user's text is never affected by one. */
	public static void log(String message, Throwable e) {
		ErrorLog.error(message, e);
	}

	public static void warn(String message, Throwable e) {
		ErrorLog.warn(message, e);
	}
}
