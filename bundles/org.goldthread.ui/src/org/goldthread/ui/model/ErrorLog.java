package org.goldthread.ui.model;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The Error Log entries of the Goldthread IDE: a failure of an IDE service is logged, and the user's
 * text is never affected by one. Outside a running platform (a plain unit test) it prints instead.
 */
public final class ErrorLog {

	/** The plug-in the entries are logged for. */
	public static final String PLUGIN_ID = "org.goldthread.ui";

	private ErrorLog() {
	}

	public static void error(String message, Throwable e) {
		log(IStatus.ERROR, message, e);
	}

	public static void warn(String message, Throwable e) {
		log(IStatus.WARNING, message, e);
	}

	private static void log(int severity, String message, Throwable e) {
		try {
			ILog.of(ErrorLog.class).log(new Status(severity, PLUGIN_ID, message, e));
		} catch (RuntimeException | LinkageError logFailure) {
			System.err.println(message);
			if (e != null) {
				e.printStackTrace();
			}
		}
	}
}
