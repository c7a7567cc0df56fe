package org.goldthread.conformance;

import java.util.Locale;

/**
 * The findings at which a check fails: the command line's {@code --fail-on} (exit code 1) and the
 * Maven plugin's {@code failOn} (a failed build) mean the same. Information findings never fail.
 */
public enum FailLevel {
	/** Fails on any error finding. */
	ERROR,
	/** Fails on any error or warning finding. */
	WARNING,
	/** Never fails: findings are only shown. */
	NONE;

	/** How users name the levels, for messages. */
	public static final String KEYS = "error, warning or none";

	/** The name users give: {@code error}, {@code warning}, {@code none}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The level of that name (any case, surrounding blanks ignored), or null. */
	public static FailLevel byKey(String key) {
		String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
		for (FailLevel level : values()) {
			if (level.key().equals(k)) {
				return level;
			}
		}
		return null;
	}

	/** Whether this many error and warning findings fail at this level. */
	public boolean fails(int errors, int warnings) {
		return switch (this) {
			case ERROR -> errors > 0;
			case WARNING -> errors > 0 || warnings > 0;
			case NONE -> false;
		};
	}

	@Override
	public String toString() {
		return key();
	}
}
