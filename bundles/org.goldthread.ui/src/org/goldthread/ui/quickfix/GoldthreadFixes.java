package org.goldthread.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.lang.ide.quickfix.TextFixes;
import org.goldthread.evolution.Migration;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.Course;
import org.goldthread.model.Module;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Session;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.editor.EditorEdits.Edit;
import org.goldthread.ui.model.ModelManager;

/**
 * The quick fixes of Goldthread's findings, shared by the Problems view (marker resolutions) and
 * Ctrl+1 in the editor. Where to insert what comes from {@link TextFixes} (org.goldthread.lang.ide),
 * which the language server's code actions use too; this class adds what an IDE can do besides
 * (a session of the user's choice, icons, the caret on the text to write):
 * <ul>
 * <li>GT-COV-001: cover the objective in a session (the sessions teaching the same theme first), or
 * declare it a justified gap with a reason to write;</li>
 * <li>GT-THR-001/002/003: weave the golden thread into a session (on a day, or in the module, that
 * lacks it);</li>
 * <li>GT-ASM-001: add the skeleton of the missing required assessment;</li>
 * <li>GT-INT-001: replace an unknown id with the closest existing one;</li>
 * <li>GT-INT-003: migrate the course to the available version when that version's change records
 * say it replaces the one the course names ({@link Migration#fromRecords}, as {@code goldthread
 * migrate} does it).</li>
 * </ul>
 */
public final class GoldthreadFixes {

	public static final String COVERAGE = TextFixes.COVERAGE;
	public static final String THREAD_ABSENT = TextFixes.THREAD_ABSENT;
	public static final String THREAD_SPREAD = TextFixes.THREAD_SPREAD;
	public static final String THREAD_MODULE = TextFixes.THREAD_MODULE;
	public static final String ASSESSMENT_MISSING = TextFixes.ASSESSMENT_MISSING;
	public static final String UNKNOWN_REFERENCE = GoldthreadIssueCodes.UNKNOWN_REFERENCE;
	public static final String VERSION_MISMATCH = GoldthreadIssueCodes.FRAMEWORK_VERSION_MISMATCH;

	private static final Set<String> FIXABLE = Set.of(COVERAGE, THREAD_ABSENT, THREAD_SPREAD, THREAD_MODULE, ASSESSMENT_MISSING,
			UNKNOWN_REFERENCE, VERSION_MISMATCH);

	private GoldthreadFixes() {
	}

	public static boolean hasFixes(String ruleId, String frameworkElementId) {
		// GT-INT-003 is about the course, not an element: its fix is worked out from the document
		return ruleId != null && FIXABLE.contains(ruleId) && (frameworkElementId != null || ruleId.equals(VERSION_MISMATCH));
	}

	/** The fixes for a finding in a document (its current text). */
	public static List<Fix> fixesFor(IDocument document, FindingRef finding) throws Exception {
		if (!hasFixes(finding.ruleId(), finding.frameworkElementId())) {
			return List.of();
		}
		List<Fix> fixes = ModelManager.get().read(document, resource -> fixesFor(resource, finding));
		return fixes == null ? List.of() : fixes;
	}

	static List<Fix> fixesFor(XtextResource resource, FindingRef finding) {
		List<Fix> fixes = new ArrayList<>();
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (finding.ruleId().equals(UNKNOWN_REFERENCE)) {
			replaceUnknownId(resource, finding, fixes);
			return fixes;
		}
		if (!(root instanceof Course course)) {
			return fixes;
		}
		if (finding.ruleId().equals(VERSION_MISMATCH)) {
			Fix migrate = migrate(resource, course);
			if (migrate != null) {
				fixes.add(migrate);
			}
			return fixes;
		}
		String id = finding.frameworkElementId();
		switch (finding.ruleId()) {
			case COVERAGE -> {
				if (id != null && !id.contains(".")) {
					fixes.add(justifiedGap(id)); // a whole theme not taught: no one session covers it
					return fixes;
				}
				for (Session session : TextFixes.rankForObjective(course, id)) {
					fixes.add(coverIn(session, id));
				}
				fixes.add(new Fix("Cover '" + id + "' in a session of your choice…",
						"Adds 'covers " + id + "' to a session you pick from the course's sessions.", GoldthreadImages.SESSION,
						(r, text) -> chooseSession(r, "Cover '" + id + "' in session", s -> coverageEdit(s, id, text))));
				fixes.add(justifiedGap(id));
			}
			case THREAD_ABSENT, THREAD_SPREAD, THREAD_MODULE -> {
				Module module = finding.ruleId().equals(THREAD_MODULE) ? TextFixes.moduleAt(resource, finding.offset()) : null;
				for (Session session : TextFixes.rankForThread(course, id, module)) {
					fixes.add(weaveInto(session, id));
				}
				fixes.add(new Fix("Weave '" + id + "' into a session of your choice…",
						"Adds 'weaves " + id + "' to a session you pick.", GoldthreadImages.THREAD,
						(r, text) -> chooseSession(r, "Weave '" + id + "' into session", s -> threadEdit(s, id, text))));
			}
			case ASSESSMENT_MISSING -> {
				RequiredAssessment required = TextFixes.requiredAssessment(course, id);
				if (required != null) {
					fixes.add(assessmentSkeleton(required));
				}
			}
			default -> {
			}
		}
		return fixes;
	}

	// ------------------------------------------------------------------ GT-INT-001

	private static void replaceUnknownId(XtextResource resource, FindingRef finding, List<Fix> fixes) {
		String suggestion = finding.data() != null && finding.data().length > 0 ? finding.data()[0] : null;
		if (suggestion == null || suggestion.isEmpty()) {
			return;
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (finding.offset() < 0 || finding.offset() + finding.length() > text.length() || finding.length() == 0) {
			return;
		}
		String original = text.substring(finding.offset(), finding.offset() + finding.length());
		fixes.add(new Fix("Change '" + original + "' to '" + suggestion + "'",
				"Replaces the unknown id with the closest existing one.", GoldthreadImages.QUICKFIX, (r, current) -> {
					int start = finding.offset();
					int end = start + finding.length();
					if (end > current.length() || !current.substring(start, end).equals(original)) {
						return Fix.Change.none(); // the text moved on: do nothing rather than the wrong thing
					}
					return new Fix.Change(List.of(new Edit(start, original.length(), suggestion)), start, suggestion.length());
				}));
	}

	// ------------------------------------------------------------------ GT-INT-003

	/**
	 * Migrate the course to the version it links to, when that version replaces the one it names;
	 * null when no migration applies (no such change records, or syntax errors: then the fix would
	 * rewrite references it cannot see).
	 */
	private static Fix migrate(XtextResource resource, Course course) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		String text = resource.getParseResult().getRootNode().getText();
		Migration.Result result = Migration.fromRecords(text, course, path(resource));
		if (result == null) {
			return null;
		}
		String version = course.getFramework().getVersion();
		String named = course.getFrameworkVersion();
		long rewritten = result.edits().size() - 1L; // less the version in 'implements'
		int person = result.needingPerson().size();
		String label = "Migrate to version " + version + " (" + rewritten + (rewritten == 1 ? " reference" : " references") + " rewritten, " + person
				+ (person == 1 ? " needs" : " need") + " a person)";
		StringBuilder description = new StringBuilder("Follows the change records of version " + version + ", which replaces version " + named
				+ ": rewrites the references they map to one element, updates 'implements' and leaves a '// migrated from …' comment on each changed line"
				+ " (one undo takes it back).");
		if (person > 0) {
			description.append("\n\nFor a person afterwards:");
			result.needingPerson().stream().limit(8)
					.forEach(i -> description.append("\n- ").append(i.line() > 0 ? "line " + i.line() + ": " : "").append(i.message()));
			if (person > 8) {
				description.append("\n- … and ").append(person - 8).append(" more (goldthread impact lists them all)");
			}
		}
		return new Fix(label, description.toString(), GoldthreadImages.QUICKFIX, (r, current) -> {
			if (r.getParseResult() == null || r.getParseResult().hasSyntaxErrors() || !(r.getContents().get(0) instanceof Course now)) {
				return Fix.Change.none();
			}
			Migration.Result migrated = Migration.fromRecords(current, now, path(r));
			if (migrated == null) {
				return Fix.Change.none(); // the document moved on: no migration applies any more
			}
			List<Edit> edits = new ArrayList<>();
			for (Migration.Replacement replacement : Migration.replacements(current, migrated.edits())) {
				edits.add(new Edit(replacement.offset(), replacement.length(), replacement.text()));
			}
			return new Fix.Change(edits, -1, 0);
		});
	}

	private static java.nio.file.Path path(XtextResource resource) {
		String name = resource.getURI() == null ? null : resource.getURI().lastSegment();
		return java.nio.file.Path.of(name == null ? "course" : org.eclipse.emf.common.util.URI.decode(name));
	}

	// ------------------------------------------------------------------ GT-COV-001


	private static Fix coverIn(Session session, String objectiveId) {
		String fragment = session.eResource().getURIFragment(session);
		String label = "Cover '" + objectiveId + "' in " + TextFixes.describe(session);
		return new Fix(label, "Adds 'covers " + objectiveId + "' to the session.", GoldthreadImages.OBJECTIVE,
				(r, text) -> {
					Session target = sessionAt(r, fragment, session.getTitle());
					return target == null ? Fix.Change.none() : coverageEdit(target, objectiveId, text);
				});
	}

	static Fix.Change coverageEdit(Session session, String objectiveId, String text) {
		return change(TextFixes.coverageEdit(session, objectiveId, text));
	}

	private static Fix justifiedGap(String objectiveId) {
		return new Fix("Declare '" + objectiveId + "' a justified gap (write the reason)",
				"Adds 'gap " + objectiveId + " because \"…\"': a reviewer will read the reason, so replace the placeholder.",
				GoldthreadImages.GAP, (r, text) -> {
					TextFixes.Edit edit = TextFixes.gapEdit((Course) r.getContents().get(0), objectiveId);
					int select = edit.offset() + edit.text().indexOf(TextFixes.GAP_PLACEHOLDER);
					return new Fix.Change(List.of(editorEdit(edit)), select, TextFixes.GAP_PLACEHOLDER.length());
				});
	}

	// ------------------------------------------------------------------ GT-THR-00x


	private static Fix weaveInto(Session session, String thread) {
		String fragment = session.eResource().getURIFragment(session);
		return new Fix("Weave '" + thread + "' into " + TextFixes.describe(session), "Adds 'weaves " + thread + "' to the session.",
				GoldthreadImages.THREAD, (r, text) -> {
					Session target = sessionAt(r, fragment, session.getTitle());
					return target == null ? Fix.Change.none() : threadEdit(target, thread, text);
				});
	}

	static Fix.Change threadEdit(Session session, String thread, String text) {
		return change(TextFixes.threadEdit(session, thread, text));
	}

	// ------------------------------------------------------------------ GT-ASM-001

	private static Fix assessmentSkeleton(RequiredAssessment required) {
		String name = required.getName();
		String title = required.getTitle() == null ? name : required.getTitle();
		return new Fix("Add the required assessment '" + title + "'",
				"Adds 'assessment … fulfils " + name + "' with an allowed form and the elements it should address; fill in the details.",
				GoldthreadImages.ASSESSMENT, (r, text) -> {
					Course course = (Course) r.getContents().get(0);
					RequiredAssessment current = TextFixes.requiredAssessment(course, name);
					if (current == null) {
						return Fix.Change.none();
					}
					TextFixes.Edit edit = TextFixes.assessmentEdit(course, current);
					return new Fix.Change(List.of(editorEdit(edit)), edit.offset() + edit.text().indexOf('"') + 1, title.length());
				});
	}

	// ------------------------------------------------------------------ helpers

	/** Lets the user pick a session (UI thread), then computes the edit for it. */
	private static Fix.Change chooseSession(XtextResource resource, String title, java.util.function.Function<Session, Fix.Change> edit) {
		Course course = (Course) resource.getContents().get(0);
		Session chosen = SessionChooser.choose(title, TextFixes.sessions(course));
		return chosen == null ? Fix.Change.none() : edit.apply(chosen);
	}


	private static Session sessionAt(XtextResource resource, String fragment, String title) {
		EObject object = resource.getEObject(fragment);
		return object instanceof Session s && java.util.Objects.equals(s.getTitle(), title) ? s : null;
	}
	private static Fix.Change change(TextFixes.Edit edit) {
		return Fix.Change.of(editorEdit(edit));
	}

	private static Edit editorEdit(TextFixes.Edit edit) {
		return new Edit(edit.offset(), edit.length(), edit.text());
	}
}
