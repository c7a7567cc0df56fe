package org.goldthread.cli.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.goldthread.model.AllowedForm;
import org.goldthread.model.Appendix;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.ChangeRecord;
import org.goldthread.model.Course;
import org.goldthread.model.Coverage;
import org.goldthread.model.Expectation;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.Modal;
import org.goldthread.model.Modality;
import org.goldthread.model.Module;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Retirement;
import org.goldthread.model.Section;
import org.goldthread.model.SectionKind;
import org.goldthread.model.Session;
import org.goldthread.model.Strength;
import org.goldthread.model.TeachingDay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A framework (or a course's mapping onto its framework) as a 1EdTech CASE 1.1 package (CFPackage
 * JSON): the framework is the CFDocument; its themes, objectives (with their children), golden
 * threads and their expectations, outcomes, required assessments and their elements, pathways and
 * appendices are CFItems; the tree is {@code isChildOf} associations (with sequence numbers),
 * outcomes are {@code isRelatedTo} their themes, pathways {@code isRelatedTo} the assessments they
 * advise, and each step {@code precedes} the next. A version that {@code replaces} an earlier one
 * adds a {@code replacedBy} association from the earlier version's item to the new one for every
 * element its change records say was renamed, moved, split or merged from it (one per part of a
 * split, one per source of a merge; a retired element has none); the change records themselves
 * travel in the extensions. Identifiers are name-based UUIDs ({@link CaseIds}),
 * and the time stamps come from the framework's year, so that exporting the same framework twice
 * gives the same bytes. What CASE has no place for (modality, addressees, aims, a thread's
 * expectations' aspect and so on) travels in each object's {@code extensions.goldthread}, which
 * {@link CaseImport} reads back.
 * <p>
 * Not carried: delivery requirements, the assessment mix, quotes, content ideas and resources.
 */
public final class CaseExport {

	/** The extension key under which Goldthread's own properties travel. */
	public static final String EXTENSION = "goldthread";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final String documentId;
	private final String timestamp;
	private final ArrayNode items = JSON.arrayNode();
	private final ArrayNode childAssociations = JSON.arrayNode();
	private final ArrayNode otherAssociations = JSON.arrayNode();
	private final ArrayNode replacements = JSON.arrayNode();
	/** How many {@code replacedBy} associations each old code has so far (their sequence numbers). */
	private final Map<String, Integer> replacementCounts = new HashMap<>();
	private ObjectNode document;
	/** The id and version of the framework the exported one replaces, or null. */
	private String replaces;
	private String replacesVersion;

	private CaseExport(String documentId, Integer year) {
		this.documentId = documentId;
		this.timestamp = (year == null || year < 1000 || year > 9999 ? "2000" : year.toString()) + "-01-01T00:00:00+00:00";
	}

	/** The CASE package of {@code framework}. */
	public static ObjectNode framework(Framework framework) {
		CaseExport export = new CaseExport(framework.getName(), framework.eIsSet(framework.eClass().getEStructuralFeature("year")) ? framework.getYear() : null);
		return export.exportFramework(framework);
	}

	/**
	 * The CASE package of {@code course}'s mapping: the course is the CFDocument, its modules, teaching
	 * days and sessions are CFItems in a tree, and each {@code covers} is an {@code isRelatedTo}
	 * association from the session to the framework's item (the identifier the framework's own export
	 * gives it), with the strength in the association's extension.
	 */
	public static ObjectNode course(Course course) {
		Framework framework = course.getFramework();
		if (framework == null || framework.eIsProxy()) {
			throw new IllegalArgumentException("the course " + course.getName() + " implements no framework that could be found");
		}
		CaseExport export = new CaseExport(course.getName(), framework.eIsSet(framework.eClass().getEStructuralFeature("year")) ? framework.getYear() : null);
		return export.exportCourse(course, framework);
	}

	/** The package as text: two-space indentation, {@code \n} line ends, a final line end. */
	public static String write(JsonNode node) {
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
				.withArrayIndenter(new DefaultIndenter("  ", "\n"));
		try {
			return new ObjectMapper().writer(printer).writeValueAsString(node) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private ObjectNode exportFramework(Framework framework) {
		document = JSON.objectNode();
		document.put("identifier", CaseIds.document(documentId));
		document.put("uri", uri(CaseIds.document(documentId)));
		document.put("caseVersion", "1.1");
		String title = framework.getTitle() == null ? framework.getName() : framework.getTitle();
		document.put("creator", framework.getPublisher() != null ? framework.getPublisher() : title);
		document.put("title", title);
		document.put("lastChangeDateTime", timestamp);
		if (framework.getPublisher() != null) {
			document.put("publisher", framework.getPublisher());
		}
		if (!framework.getAbout().isEmpty()) {
			document.put("description", String.join("\n\n", framework.getAbout()));
		}
		document.put("language", "en");
		if (framework.getVersion() != null) {
			document.put("version", framework.getVersion());
		}
		if (framework.getSource() != null) {
			document.put("notes", framework.getSource());
		}
		ObjectNode ext = JSON.objectNode();
		ext.put("id", framework.getName());
		ext.put("kind", framework.getKind().getLiteral());
		if (framework.eIsSet(framework.eClass().getEStructuralFeature("year"))) {
			ext.put("year", framework.getYear());
		}
		strings(ext, "aims", framework.getAims());
		if (framework.getReplaces() != null) {
			replaces = framework.getReplaces();
			replacesVersion = framework.getReplacesVersion();
			ext.put("replaces", replaces);
			if (replacesVersion != null) {
				ext.put("replacesVersion", replacesVersion);
			}
		}
		if (!framework.getRetirements().isEmpty()) {
			ArrayNode retired = ext.putArray("retired");
			for (Retirement retirement : framework.getRetirements()) {
				ObjectNode r = retired.addObject();
				r.put("element", retirement.getElement());
				if (retirement.getReason() != null) {
					r.put("reason", retirement.getReason());
				}
			}
		}
		document.set("extensions", extension(ext));

		int position = 0;
		for (Section section : framework.getSections()) {
			section(section, null, ++position);
		}
		for (Appendix appendix : framework.getAppendices()) {
			String code = "appendix:" + appendix.getNumber();
			ObjectNode x = JSON.objectNode();
			x.put("element", "appendix");
			x.put("number", appendix.getNumber());
			modal(x, appendix);
			strings(x, "about", appendix.getAbout());
			item(code, appendix.getTitle(), "Appendix", x);
			child(code, null, ++position);
			int inner = 0;
			for (Section section : appendix.getSections()) {
				section(section, code, ++inner);
			}
		}
		for (GoldenThread thread : framework.getThreads()) {
			ObjectNode x = JSON.objectNode();
			x.put("element", "thread");
			if (thread.isAcrossThemes()) {
				x.put("acrossThemes", true);
			}
			if (thread.getAbout() != null) {
				x.put("about", thread.getAbout());
			}
			modal(x, thread);
			history(x, thread);
			item(thread.getName(), thread.getTitle(), "Golden Thread", x);
			child(thread.getName(), null, ++position);
			replacedBy(thread, thread.getName());
			int inner = 0;
			for (Expectation expectation : thread.getExpectations()) {
				String code = thread.getName() + ":" + (++inner);
				ObjectNode e = JSON.objectNode();
				e.put("element", "expectation");
				if (expectation.getAspect() != null && expectation.eIsSet(expectation.eClass().getEStructuralFeature("aspect"))) {
					e.put("aspect", expectation.getAspect().getLiteral());
				}
				modal(e, expectation);
				item(code, expectation.getText(), "Expectation", e);
				child(code, thread.getName(), inner);
			}
		}
		for (LearningOutcome outcome : framework.getOutcomes()) {
			ObjectNode x = JSON.objectNode();
			x.put("element", "outcome");
			modal(x, outcome);
			history(x, outcome);
			item(outcome.getName(), outcome.getText(), "Learning Outcome", x);
			child(outcome.getName(), null, ++position);
			replacedBy(outcome, outcome.getName());
			int inner = 0;
			for (Section theme : outcome.getThemes()) {
				if (!theme.eIsProxy()) {
					associate("isRelatedTo", outcome.getName(), code(theme), ++inner);
				}
			}
		}
		for (RequiredAssessment assessment : framework.getAssessments()) {
			ObjectNode x = JSON.objectNode();
			x.put("element", "assessment");
			x.put("status", assessment.getStatus().getLiteral());
			modal(x, assessment);
			if (assessment.getIntro() != null) {
				x.put("intro", assessment.getIntro());
			}
			strings(x, "about", assessment.getAbout());
			if (!assessment.getForms().isEmpty()) {
				ArrayNode forms = x.putArray("forms");
				for (AllowedForm form : assessment.getForms()) {
					ObjectNode f = forms.addObject();
					f.put("form", form.getForm().getLiteral());
					if (form.getText() != null) {
						f.put("text", form.getText());
					}
					modal(f, form);
				}
			}
			history(x, assessment);
			item(assessment.getName(), assessment.getTitle(), "Required Assessment", x);
			child(assessment.getName(), null, ++position);
			replacedBy(assessment, assessment.getName());
			int inner = 0;
			for (AssessmentElement element : assessment.getElements()) {
				String code = assessment.getName() + "." + element.getName();
				ObjectNode e = JSON.objectNode();
				e.put("element", "element");
				modal(e, element);
				history(e, element);
				item(code, element.getText(), "Assessment Element", e);
				child(code, assessment.getName(), ++inner);
				replacedBy(element, code);
			}
		}
		for (Pathway pathway : framework.getPathways()) {
			ObjectNode x = JSON.objectNode();
			x.put("element", "pathway");
			strings(x, "about", pathway.getAbout());
			if (pathway.isAssessmentAdvisory()) {
				x.put("assessmentAdvisory", true);
			}
			history(x, pathway);
			item(pathway.getName(), pathway.getTitle(), "Pathway", x);
			child(pathway.getName(), null, ++position);
			replacedBy(pathway, pathway.getName());
			int inner = 0;
			for (RequiredAssessment advised : pathway.getAdvised()) {
				if (!advised.eIsProxy()) {
					associate("isRelatedTo", pathway.getName(), advised.getName(), ++inner);
				}
			}
		}
		// the steps of a toolkit are a sequence: each precedes the next
		List<Section> steps = new ArrayList<>();
		framework.getSections().stream().filter(s -> s.getKind() == SectionKind.STEP).forEach(steps::add);
		for (int i = 0; i + 1 < steps.size(); i++) {
			associate("precedes", code(steps.get(i)), code(steps.get(i + 1)), i + 1);
		}
		return pack();
	}

	private void section(Section section, String parent, int position) {
		String code = code(section);
		ObjectNode x = JSON.objectNode();
		x.put("element", "section");
		x.put("kind", section.getKind().getLiteral());
		modal(x, section);
		addressees(x, section.getAddressees());
		if (section.getAim() != null) {
			x.put("aim", section.getAim());
		}
		if (section.getIntro() != null) {
			x.put("intro", section.getIntro());
		}
		strings(x, "about", section.getAbout());
		history(x, section);
		item(code, section.getTitle(), capitalised(section.getKind().getLiteral()), x);
		child(code, parent, position);
		replacedBy(section, code);
		int inner = 0;
		for (Item item : section.getItems()) {
			item(item, code, ++inner);
		}
	}

	private void item(Item item, String parent, int position) {
		String code = parent + "." + item.getName();
		ObjectNode x = JSON.objectNode();
		x.put("element", "item");
		x.put("kind", item.getKind().getLiteral());
		modal(x, item);
		addressees(x, item.getAddressees());
		history(x, item);
		item(code, item.getText(), capitalised(item.getKind().getLiteral()), x);
		child(code, parent, position);
		replacedBy(item, code);
		int inner = 0;
		for (Item child : item.getChildren()) {
			item(child, code, ++inner);
		}
	}

	/**
	 * The element's change records ({@code was renamed from …}) in its extension, as
	 * {@code "history": [{"change": "renamed", "from": ["…"]}]}, so that an import gives them back.
	 */
	private static void history(ObjectNode x, FrameworkElement element) {
		if (element.getHistory().isEmpty()) {
			return;
		}
		ArrayNode history = x.putArray("history");
		for (ChangeRecord record : element.getHistory()) {
			ObjectNode r = history.addObject();
			r.put("change", record.getKind().getLiteral());
			if (!record.getFrom().isEmpty()) {
				ArrayNode from = r.putArray("from");
				record.getFrom().forEach(from::add);
			}
		}
	}

	/**
	 * A {@code replacedBy} association from each item of the replaced version that {@code element}'s
	 * change records name (renamed, moved, split or merged from) to {@code element}'s item. The old item's
	 * identifier is the one the old version's own export gives it ({@link CaseIds#item} of the old
	 * framework's id and the old code; the ids of change records are relative, as export codes are), so
	 * the two exports link up without the old file. An old code whose identifier is the new item's own
	 * (the same id in both versions) is the same item, not a replacement.
	 */
	private void replacedBy(FrameworkElement element, String code) {
		if (replaces == null) {
			return;
		}
		String destination = CaseIds.item(documentId, code);
		for (ChangeRecord record : element.getHistory()) {
			switch (record.getKind()) {
			case RENAMED, MOVED, SPLIT, MERGED -> {
				for (String from : record.getFrom()) {
					String origin = CaseIds.item(replaces, from);
					if (origin.equals(destination)) {
						continue;
					}
					ObjectNode a = association("replacedBy", from, origin, from, code, destination, replacementCounts.merge(from, 1, Integer::sum));
					ObjectNode x = JSON.objectNode();
					x.put("change", record.getKind().getLiteral());
					x.put("originHumanCodingScheme", from);
					x.put("originFramework", replaces);
					if (replacesVersion != null) {
						x.put("originVersion", replacesVersion);
					}
					x.put("originDocument", CaseIds.document(replaces));
					a.set("extensions", extension(x));
					replacements.add(a);
				}
			}
			default -> {
				// reworded and added name no earlier item
			}
			}
		}
	}

	/** The code of a section or item: its id relative to the framework (appendices add nothing). */
	private static String code(Section section) {
		StringBuilder code = new StringBuilder(section.getName());
		for (org.eclipse.emf.ecore.EObject c = section.eContainer(); c != null && !(c instanceof Framework); c = c.eContainer()) {
			if (c instanceof Section s) {
				code.insert(0, s.getName() + ".");
			}
		}
		return code.toString();
	}

	private ObjectNode exportCourse(Course course, Framework framework) {
		document = JSON.objectNode();
		document.put("identifier", CaseIds.document(documentId));
		document.put("uri", uri(CaseIds.document(documentId)));
		document.put("caseVersion", "1.1");
		String title = course.getTitle() == null ? course.getName() : course.getTitle();
		document.put("creator", course.getProvider() != null ? course.getProvider() : title);
		document.put("title", title);
		document.put("lastChangeDateTime", timestamp);
		if (course.getProvider() != null) {
			document.put("publisher", course.getProvider());
		}
		if (!course.getAbout().isEmpty()) {
			document.put("description", String.join("\n\n", course.getAbout()));
		}
		document.put("language", "en");
		document.put("frameworkType", "Course Mapping");
		ObjectNode ext = JSON.objectNode();
		ext.put("id", course.getName());
		ext.put("implements", framework.getName());
		if (framework.getVersion() != null) {
			ext.put("frameworkVersion", framework.getVersion());
		}
		ext.put("frameworkIdentifier", CaseIds.document(framework.getName()));
		document.set("extensions", extension(ext));
		String fw = framework.getName();
		int position = 0;
		for (Module module : course.getModules()) {
			String moduleCode = module.getName();
			ObjectNode x = JSON.objectNode();
			x.put("element", "module");
			item(moduleCode, module.getTitle(), "Module", x);
			child(moduleCode, null, ++position);
			int dayPosition = 0;
			for (TeachingDay day : module.getDays()) {
				String dayCode = moduleCode + ".day" + day.getNumber();
				ObjectNode d = JSON.objectNode();
				d.put("element", "day");
				d.put("number", day.getNumber());
				if (day.getDate() != null) {
					d.put("date", day.getDate());
				}
				item(dayCode, day.getTitle(), "Teaching Day", d);
				child(dayCode, moduleCode, ++dayPosition);
				int sessionPosition = 0;
				for (Session session : day.getSessions()) {
					sessionPosition++;
					String sessionCode = dayCode + "." + (session.getName() != null ? session.getName() : "session" + sessionPosition);
					ObjectNode s = JSON.objectNode();
					s.put("element", "session");
					s.put("format", session.getFormat().getLiteral());
					if (session.eIsSet(session.eClass().getEStructuralFeature("hours"))) {
						s.put("hours", session.getHours());
					}
					item(sessionCode, session.getTitle(), "Session", s);
					child(sessionCode, dayCode, sessionPosition);
					int coverPosition = 0;
					for (Coverage coverage : session.getCoverage()) {
						Item objective = coverage.getObjective();
						if (objective == null || objective.eIsProxy()) {
							continue;
						}
						String target = objectiveCode(objective);
						ObjectNode assoc = association("isRelatedTo", sessionCode, CaseIds.item(documentId, sessionCode), session.getTitle(),
								target, CaseIds.item(fw, target), ++coverPosition);
						ObjectNode a = JSON.objectNode();
						a.put("relation", "covers");
						if (coverage.getStrength() != null && coverage.getStrength() != Strength.COVERS) {
							a.put("strength", coverage.getStrength().getLiteral());
						}
						assoc.set("extensions", extension(a));
						otherAssociations.add(assoc);
					}
				}
			}
		}
		return pack();
	}

	/** The code an objective has in its framework's export. */
	static String objectiveCode(Item item) {
		StringBuilder code = new StringBuilder(item.getName());
		for (org.eclipse.emf.ecore.EObject c = item.eContainer(); c != null && !(c instanceof Framework); c = c.eContainer()) {
			if (c instanceof Section s) {
				code.insert(0, s.getName() + ".");
			} else if (c instanceof Item i) {
				code.insert(0, i.getName() + ".");
			}
		}
		return code.toString();
	}

	private ObjectNode pack() {
		ObjectNode pack = JSON.objectNode();
		pack.set("CFDocument", document);
		pack.set("CFItems", items);
		ArrayNode associations = JSON.arrayNode();
		associations.addAll(childAssociations);
		associations.addAll(otherAssociations);
		associations.addAll(replacements);
		pack.set("CFAssociations", associations);
		return pack;
	}

	private void item(String code, String statement, String type, ObjectNode extension) {
		ObjectNode item = items.addObject();
		String id = CaseIds.item(documentId, code);
		item.put("identifier", id);
		item.put("fullStatement", statement == null ? "" : statement);
		item.put("CFItemType", type);
		item.put("uri", uri(id));
		item.put("humanCodingScheme", code);
		item.put("language", "en");
		item.put("lastChangeDateTime", timestamp);
		item.set("extensions", extension(extension));
	}

	/** {@code code} isChildOf {@code parent} (the document when null). */
	private void child(String code, String parent, int position) {
		String parentId = parent == null ? CaseIds.document(documentId) : CaseIds.item(documentId, parent);
		String parentTitle = parent == null ? document.get("title").asText() : parent;
		childAssociations.add(association("isChildOf", code, CaseIds.item(documentId, code), code, parentTitle, parentId, position));
	}

	private void associate(String type, String origin, String destination, int position) {
		otherAssociations.add(association(type, origin, CaseIds.item(documentId, origin), origin, destination,
				CaseIds.item(documentId, destination), position));
	}

	private ObjectNode association(String type, String originCode, String originId, String originTitle, String destinationTitle,
			String destinationId, int position) {
		ObjectNode a = JSON.objectNode();
		a.put("identifier", CaseIds.association(documentId, type, originId, destinationId));
		a.put("associationType", type);
		a.put("sequenceNumber", position);
		a.put("uri", uri(CaseIds.association(documentId, type, originId, destinationId)));
		a.set("originNodeURI", link(originTitle, originId));
		a.set("destinationNodeURI", link(destinationTitle, destinationId));
		a.put("lastChangeDateTime", timestamp);
		return a;
	}

	private static ObjectNode link(String title, String id) {
		ObjectNode link = JSON.objectNode();
		link.put("title", title == null ? "" : title);
		link.put("identifier", id);
		link.put("uri", uri(id));
		return link;
	}

	private static String uri(String uuid) {
		return "urn:uuid:" + uuid;
	}

	private static ObjectNode extension(ObjectNode goldthread) {
		ObjectNode ext = JSON.objectNode();
		ext.set(EXTENSION, goldthread);
		return ext;
	}

	private static void modal(ObjectNode x, Modal modal) {
		if (modal.getModality() != null && modal.getModality() != Modality.UNSTATED) {
			x.put("modality", modal.getModality().getLiteral());
		}
		if (modal.getModalPhrase() != null) {
			x.put("modalPhrase", modal.getModalPhrase());
		}
	}

	private static void addressees(ObjectNode x, List<? extends Enumerator> addressees) {
		if (!addressees.isEmpty()) {
			ArrayNode a = x.putArray("addressees");
			addressees.forEach(e -> a.add(e.getLiteral()));
		}
	}

	private static void strings(ObjectNode x, String key, List<String> values) {
		if (!values.isEmpty()) {
			ArrayNode a = x.putArray(key);
			values.forEach(a::add);
		}
	}

	static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
