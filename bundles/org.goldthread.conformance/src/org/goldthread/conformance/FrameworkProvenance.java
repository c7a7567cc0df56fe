package org.goldthread.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;

/**
 * A course or plan checked against a file that declares the id and version of a shipped framework
 * but differs from it: a reviewer checking a submitted folder would otherwise not notice that a
 * one-objective "curriculum" beside the course replaced the published one. A warning (an error under
 * the accreditation profile); information only when the file was given with {@code --framework},
 * which makes the override explicit. The finding names both SHA-256 hashes.
 */
final class FrameworkProvenance {

	private Map<String, String> shippedHashes;
	private final Map<URI, String> localHashes = new HashMap<>();

	void check(Document document, Path file, ConformanceReport report, Set<URI> explicit) {
		Framework framework = document instanceof Course c ? c.getFramework() : document instanceof LocalPlan p ? p.getFramework() : null;
		if (framework == null || framework.eIsProxy() || framework.eResource() == null
				|| ShippedFrameworkHandler.isShipped(framework.eResource().getURI())) {
			return;
		}
		String shippedHash = shippedHashes().get(framework.getName() + "@" + framework.getVersion());
		if (shippedHash == null) {
			return;
		}
		// hashed once per framework file, however many courses implement it
		String localHash = localHashes.computeIfAbsent(framework.eResource().getURI(), uri -> framework.eResource() instanceof XtextResource x
				&& x.getParseResult() != null ? FrameworkHashes.sha256(x.getParseResult().getRootNode().getText()) : "");
		if (localHash.isEmpty() || shippedHash.equals(localHash)) {
			return;
		}
		boolean given = explicit.contains(framework.eResource().getURI());
		Severity severity = given ? Severity.INFO : "accreditation".equals(report.getProfile()) ? Severity.ERROR : Severity.WARNING;
		URI uri = framework.eResource().getURI();
		String where = uri.isFile() ? uri.toFileString() : uri.toString();
		Finding f = FindingMapper.finding(GoldthreadIssueCodes.FRAMEWORK_SHADOWED, severity, file.toString(), 1, 1, (given ? "As asked with --framework, this "
				: "This ") + (document instanceof Course ? "course" : "plan") + " is checked against " + where
				+ ", which declares " + framework.getName() + " version \"" + framework.getVersion()
				+ "\" but differs from the shipped, published framework of that id and version (SHA-256 " + localHash.substring(0, 12)
				+ "… instead of " + shippedHash.substring(0, 12) + "…).",
				given ? null : "Remove that file to check against the published framework, or pass it with --framework to override it knowingly.");
		f.setFrameworkElementId(framework.getName());
		report.getFindings().add(f);
		FindingMapper.sort(report);
		ConformanceEngine.updateVerdict(report);
	}

	/** The SHA-256 of each shipped framework's text, by id@version; read once per session. */
	private Map<String, String> shippedHashes() {
		if (shippedHashes == null) {
			Map<String, String> hashes = new HashMap<>();
			for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
				if (entry.id() != null) {
					try (InputStream in = ShippedFrameworks.open(entry.name())) {
						hashes.put(entry.id() + "@" + entry.version(), FrameworkHashes.sha256(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
					} catch (IOException e) {
						// a shipped file that cannot be read cannot be compared
					}
				}
			}
			shippedHashes = hashes;
		}
		return shippedHashes;
	}
}
