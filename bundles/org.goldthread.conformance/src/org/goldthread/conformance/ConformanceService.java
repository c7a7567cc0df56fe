package org.goldthread.conformance;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.goldthread.model.Document;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.findings.ConformanceReport;

import com.google.inject.Singleton;

/**
 * Runs the engine for a document with the profile that applies to it (the nearest
 * goldthread.properties, read once per folder); a broken settings file becomes a finding.
 */
@Singleton
public class ConformanceService {

	private final ConformanceEngine engine = new ConformanceEngine();
	private final Map<Path, Object> profiles = new ConcurrentHashMap<>();
	private volatile Profile override;

	/** Checks every document under this profile instead of the settings files (e.g. `--profile cpd`). */
	public void setProfileOverride(Profile profile) {
		this.override = profile;
	}

	/** Forgets the settings files read so far (after one changed). */
	public void clearProfiles() {
		profiles.clear();
	}

	/**
	 * The engine's report for {@code document} under its profile; when its text has syntax errors,
	 * the findings that follow from the unparsed region are withheld ({@link SyntaxCascade}).
	 */
	public ConformanceReport engineReport(Document document) {
		return SyntaxCascade.apply(check(document), document.eResource());
	}

	private ConformanceReport check(Document document) {
		Object profile = override != null ? override : profileFor(document);
		if (profile instanceof Profile p) {
			return engine.check(document, p);
		}
		ConformanceReport report = engine.check(document, Profile.DEFAULT);
		FindingCollector out = new FindingCollector(report, Profile.DEFAULT, null);
		out.add(Rule.INVALID_SETTINGS, document, GoldthreadPackage.Literals.IDENTIFIED__NAME, profile + " (the course was checked with the default profile)")
				.fix("Correct the settings file; `goldthread rules` lists the rule ids.");
		report.getFindings().move(0, report.getFindings().size() - 1);
		ConformanceEngine.updateVerdict(report);
		return report;
	}

	/** The profile for a document's folder, or the error message of its broken settings file. */
	private Object profileFor(Document document) {
		Path folder = folderOf(document.eResource() == null ? null : document.eResource().getURI());
		if (folder == null) {
			return Profile.DEFAULT;
		}
		return profiles.computeIfAbsent(folder, f -> {
			try {
				return Profile.forFolder(f);
			} catch (Profile.InvalidProfileException e) {
				return e.getMessage();
			}
		});
	}

	static Path folderOf(URI uri) {
		if (uri == null) {
			return null;
		}
		URI file = uri.isFile() ? uri : CommonPlugin.resolve(uri);
		if (file == null || !file.isFile()) {
			return null;
		}
		Path path = Path.of(file.toFileString()).toAbsolutePath().getParent();
		return path;
	}
}
