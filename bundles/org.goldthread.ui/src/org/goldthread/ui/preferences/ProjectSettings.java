package org.goldthread.ui.preferences;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.goldthread.conformance.Profile;
import org.goldthread.conformance.Rule;

/**
 * The settings of {@value Profile#FILE_NAME}, the file the command line reads too: the profile, rule
 * severities and thresholds. Settings left at their default are not written; settings this
 * page does not know are kept as they were.
 */
public final class ProjectSettings {

	public static final String[] PROFILES = { "default", "accreditation", "cpd" };
	public static final String[] SEVERITIES = { "", "error", "warning", "info", "off" };

	private String profile = "default";
	/** Null: the profile's value. */
	private Double minThreadDayShare;
	private Boolean threadInEveryModule;
	/** Rule id → "error", "warning", "info" or "off"; absent: the profile's severity. */
	private final Map<String, String> severities = new TreeMap<>();
	private final Map<String, String> others = new LinkedHashMap<>();

	public static ProjectSettings parse(String text) throws IOException {
		Properties p = new Properties();
		p.load(new StringReader(text == null ? "" : text));
		ProjectSettings settings = new ProjectSettings();
		for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
			String value = p.getProperty(key).trim();
			if (key.equals("profile")) {
				settings.profile = value.toLowerCase(Locale.ROOT);
			} else if (key.startsWith("rule.") && Rule.byId(key.substring(5)) != null) {
				settings.severities.put(key.substring(5), value.toLowerCase(Locale.ROOT));
			} else if (key.equals("threads.minDayShare")) {
				try {
					settings.minThreadDayShare = Double.valueOf(value);
				} catch (NumberFormatException e) {
					settings.others.put(key, value);
				}
			} else if (key.equals("threads.everyModule")) {
				settings.threadInEveryModule = Boolean.valueOf(value);
			} else {
				settings.others.put(key, value);
			}
		}
		return settings;
	}

	/** The file's text: a short explanation, then only what differs from the defaults. */
	public String toText() {
		StringBuilder sb = new StringBuilder();
		sb.append("# Goldthread settings for the courses in this folder and below (read by the IDE and the goldthread command).\n");
		sb.append("# profile: default | accreditation | cpd; rule.<id>: error | warning | info | off (docs/rules.md lists the rules).\n");
		sb.append("profile = ").append(profile).append('\n');
		if (minThreadDayShare != null) {
			sb.append("threads.minDayShare = ").append(minThreadDayShare).append('\n');
		}
		if (threadInEveryModule != null) {
			sb.append("threads.everyModule = ").append(threadInEveryModule).append('\n');
		}
		severities.forEach((rule, severity) -> sb.append("rule.").append(rule).append(" = ").append(severity).append('\n'));
		others.forEach((key, value) -> sb.append(key).append(" = ").append(value).append('\n'));
		return sb.toString();
	}

	public String profile() {
		return profile;
	}

	public void setProfile(String profile) {
		this.profile = profile;
	}

	public Double minThreadDayShare() {
		return minThreadDayShare;
	}

	public void setMinThreadDayShare(Double share) {
		this.minThreadDayShare = share;
	}

	public Boolean threadInEveryModule() {
		return threadInEveryModule;
	}

	public void setThreadInEveryModule(Boolean everyModule) {
		this.threadInEveryModule = everyModule;
	}

	/** The severity set for a rule ("" when the profile decides). */
	public String severity(String ruleId) {
		return severities.getOrDefault(ruleId, "");
	}

	public void setSeverity(String ruleId, String severity) {
		if (severity == null || severity.isEmpty()) {
			severities.remove(ruleId);
		} else {
			severities.put(ruleId, severity);
		}
	}
}
