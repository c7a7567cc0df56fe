package org.goldthread.conformance;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.goldthread.model.findings.Severity;

/**
 * How strictly to check: rule severities (or "off") and thresholds. A course folder may hold a
 * {@value #FILE_NAME} file (the nearest one in the folder or its parents applies):
 *
 * <pre>
 * profile = accreditation          # default | accreditation | cpd
 * rule.GT-ASM-003 = error          # error | warning | info | off
 * threads.minDayShare = 0.33       # share of teaching days each golden thread must appear in
 * threads.everyModule = true       # each golden thread in every module
 * </pre>
 *
 * Defaults come from the curriculum: rule severities from the catalogue, a third of the teaching
 * days for "throughout the programme".
 */
public final class Profile {

	public static final String FILE_NAME = "goldthread.properties";

	/** The catalogue's severities and the curriculum's thresholds. */
	public static final Profile DEFAULT = new Profile("default", Map.of(), 1.0 / 3, true, null);

	private final String name;
	private final Map<Rule, Optional<Severity>> severities;
	private final double minThreadDayShare;
	private final boolean threadInEveryModule;
	private final Path source;

	private Profile(String name, Map<Rule, Optional<Severity>> severities, double minThreadDayShare, boolean threadInEveryModule,
			Path source) {
		this.name = name;
		this.severities = severities;
		this.minThreadDayShare = minThreadDayShare;
		this.threadInEveryModule = threadInEveryModule;
		this.source = source;
	}

	/**
	 * A built-in profile: "default"; "accreditation", where the readings of what the framework
	 * requires (a thread's spread, partial coverage, assessment reach) are errors; or "cpd", where
	 * assessment findings are information only. No profile (and no severity in a settings file)
	 * makes a finding an error unless the framework marks its element required (see
	 * {@link FindingCollector#severity}).
	 */
	/**
	 * The profile a user names where a front end takes one (the command line's {@code --profile},
	 * the Maven plugin's {@code profile}): a built-in profile's name, or a settings file ending in
	 * {@code .properties}, relative to {@code base}.
	 *
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static Profile named(String nameOrFile, Path base) throws InvalidProfileException {
		String name = nameOrFile.trim();
		if (name.endsWith(".properties")) {
			Path file = Path.of(name);
			return read(file.isAbsolute() || base == null ? file : base.resolve(file).normalize());
		}
		return builtIn(name);
	}

	public static Profile builtIn(String name) {
		Map<Rule, Optional<Severity>> severities = new EnumMap<>(Rule.class);
		switch (name.toLowerCase(Locale.ROOT)) {
			case "default" -> {
				return DEFAULT;
			}
			case "accreditation" -> {
				// Tightens the readings of what the framework requires (spread, partial coverage) to
				// errors; the modality still bounds them: only a required element can give an error.
				for (Rule rule : Rule.values()) {
					if (rule.basis() == Rule.Basis.READING && rule.requiredSeverity() == Severity.WARNING) {
						severities.put(rule, Optional.of(Severity.ERROR));
					}
				}
				// a course submitted for accreditation is complete: nothing left to be confirmed
				severities.put(Rule.TO_BE_CONFIRMED, Optional.of(Severity.ERROR));
			}
			case "cpd" -> {
				for (Rule rule : Rule.values()) {
					if (rule.category() == RuleCategory.ASSESSMENT) {
						severities.put(rule, Optional.of(Severity.INFO));
					}
				}
			}
			default -> throw new IllegalArgumentException("Unknown profile '" + name + "': use default, accreditation or cpd.");
		}
		return new Profile(name.toLowerCase(Locale.ROOT), Collections.unmodifiableMap(severities), DEFAULT.minThreadDayShare,
				DEFAULT.threadInEveryModule, null);
	}

	/**
	 * The severity of a rule under this profile, for an element the framework requires (see
	 * {@link Rule#requiredSeverity()}); empty when the rule is switched off.
	 */
	public Optional<Severity> severity(Rule rule) {
		Optional<Severity> s = severities.get(rule);
		return s != null ? s : Optional.of(rule.requiredSeverity());
	}

	public String name() {
		return name;
	}

	/**
	 * This profile for a course that names a pathway on which the framework requires assessment (the
	 * postgraduate certificate): the cpd profile's relaxation (assessment findings as information) is
	 * for courses on the CPD pathway, and no profile makes a pathway's required assessment advice.
	 */
	public Profile onPathwayRequiringAssessment() {
		if (!"cpd".equals(name)) {
			return this;
		}
		Map<Rule, Optional<Severity>> kept = new EnumMap<>(Rule.class);
		severities.forEach((rule, severity) -> {
			if (!(rule.category() == RuleCategory.ASSESSMENT && severity.equals(Optional.of(Severity.INFO)))) {
				kept.put(rule, severity);
			}
		});
		return new Profile(name, Collections.unmodifiableMap(kept), minThreadDayShare, threadInEveryModule, source);
	}

	public double minThreadDayShare() {
		return minThreadDayShare;
	}

	public boolean threadInEveryModule() {
		return threadInEveryModule;
	}

	/** The settings file this profile was read from, or null for a built-in profile. */
	public Path source() {
		return source;
	}

	/** The nearest {@value #FILE_NAME} in {@code folder} or its parents, read; the default profile when there is none. */
	public static Profile forFolder(Path folder) throws InvalidProfileException {
		for (Path dir = folder == null ? null : folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path file = dir.resolve(FILE_NAME);
			if (Files.isRegularFile(file)) {
				return read(file);
			}
		}
		return DEFAULT;
	}

	/** Reads a settings file; every mistake in it is reported with the file and the key. */
	public static Profile read(Path file) throws InvalidProfileException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		} catch (IOException e) {
			throw new InvalidProfileException(file + ": cannot be read (" + e.getMessage() + ")");
		}
		List<String> problems = new ArrayList<>();
		Profile base;
		try {
			base = builtIn(p.getProperty("profile", "default").trim());
		} catch (IllegalArgumentException e) {
			throw new InvalidProfileException(file + ": " + e.getMessage());
		}
		Map<Rule, Optional<Severity>> severities = new EnumMap<>(Rule.class);
		severities.putAll(base.severities);
		double share = base.minThreadDayShare;
		boolean everyModule = base.threadInEveryModule;
		for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
			String value = p.getProperty(key).trim();
			if (key.equals("profile")) {
				continue;
			} else if (key.startsWith("rule.")) {
				Rule rule = Rule.byId(key.substring(5));
				if (rule == null) {
					problems.add("'" + key + "' names no rule (see `goldthread rules`)");
				} else if (value.equalsIgnoreCase("off")) {
					severities.put(rule, Optional.empty());
				} else {
					Severity s = Severity.get(value.toLowerCase(Locale.ROOT));
					if (s == null) {
						problems.add("'" + key + " = " + value + "': use error, warning, info or off");
					} else {
						severities.put(rule, Optional.of(s));
					}
				}
			} else if (key.equals("threads.minDayShare")) {
				try {
					share = Double.parseDouble(value);
					if (share < 0 || share > 1) {
						problems.add("'threads.minDayShare = " + value + "': use a share between 0 and 1, e.g. 0.33");
					}
				} catch (NumberFormatException e) {
					problems.add("'threads.minDayShare = " + value + "': use a share between 0 and 1, e.g. 0.33");
				}
			} else if (key.equals("threads.everyModule")) {
				if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
					problems.add("'threads.everyModule = " + value + "': use true or false");
				}
				everyModule = Boolean.parseBoolean(value);
			} else {
				problems.add("unknown setting '" + key + "'");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidProfileException(file + ": " + String.join("; ", problems));
		}
		return new Profile(base.name, Collections.unmodifiableMap(severities), share, everyModule, file);
	}

	/** A settings file that cannot be used; the message names the file and what is wrong. */
	public static class InvalidProfileException extends Exception {
		private static final long serialVersionUID = 1L;

		public InvalidProfileException(String message) {
			super(message);
		}
	}
}
