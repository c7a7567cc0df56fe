package org.goldthread.cli;

import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.Verdict;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/**
 * {@code --color=auto|always|never}, as a mixin of the commands that print findings, and the ANSI
 * styles they use: errors red, warnings yellow, infos blue, rule ids and locations dim, code spans
 * bold. With {@code auto} (the default) there is colour only when standard output is a terminal
 * and {@code NO_COLOR} is not set (no-color.org); a pipe or a file gets plain text.
 */
class Colors {

	enum Mode {
		AUTO, ALWAYS, NEVER;

		@Override
		public String toString() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** No styles at all (for output that is not a terminal). */
	static final Colors NONE = new Colors(Mode.NEVER);

	@Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ModeConverter.class,
			description = "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}).")
	Mode mode = Mode.AUTO;

	private Boolean enabled;

	Colors() {
	}

	Colors(Mode mode) {
		this.mode = mode;
	}

	/** Whether the output is coloured: worked out once, from the option, NO_COLOR and the terminal. */
	boolean enabled() {
		if (enabled == null) {
			enabled = enabled(mode, System.getenv("NO_COLOR"), mode == Mode.AUTO && Ansi.AUTO.enabled());
		}
		return enabled;
	}

	/**
	 * The policy: {@code always} and {@code never} win; {@code auto} colours only a terminal, and
	 * never when NO_COLOR is set to anything but the empty string.
	 */
	static boolean enabled(Mode mode, String noColor, boolean terminal) {
		return switch (mode) {
		case ALWAYS -> true;
		case NEVER -> false;
		case AUTO -> terminal && (noColor == null || noColor.isEmpty());
		};
	}

	String severity(Severity severity) {
		String word = severity.getLiteral();
		return switch (severity) {
		case ERROR -> style("1;31", word);
		case WARNING -> style("33", word);
		default -> style("34", word);
		};
	}

	String verdict(Verdict verdict) {
		String word = verdict.getLiteral();
		return switch (verdict) {
		case DOES_NOT_CONFORM -> style("1;31", word);
		case CONFORMS_WITH_WARNINGS -> style("33", word);
		default -> style("32", word);
		};
	}

	String dim(String text) {
		return style("2", text);
	}

	String bold(String text) {
		return style("1", text);
	}

	private String style(String sgr, String text) {
		return enabled() ? "\u001B[" + sgr + "m" + text + "\u001B[0m" : text;
	}

	/** Parses --color: auto, always or never. */
	static class ModeConverter implements CommandLine.ITypeConverter<Mode> {
		@Override
		public Mode convert(String value) {
			for (Mode m : Mode.values()) {
				if (m.name().equalsIgnoreCase(value)) {
					return m;
				}
			}
			throw new CommandLine.TypeConversionException("'" + value + "' is not a colour setting; use auto, always or never");
		}
	}
}
