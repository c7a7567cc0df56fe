package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.ContextTypeRegistry;
import org.eclipse.jface.text.templates.persistence.TemplateStore;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;

/**
 * Templates for the common blocks of a course: module, teaching day, session, study day, assessment,
 * delivery block and justified gap. A template is offered only where the grammar allows its first
 * keyword (the Xtext content assist says which keywords fit), and its lines are indented like the
 * line it is inserted on.
 */
public final class GoldthreadTemplates {

	public static final String CONTEXT_TYPE = "org.goldthread.ui.templates.course";

	/** A template and the keyword that must be allowed at the cursor. */
	public record Entry(String keyword, Template template) {
	}

	private static final TemplateContextType CONTEXT = new TemplateContextType(CONTEXT_TYPE, "Goldthread course");

	static {
		CONTEXT.addResolver(new GlobalTemplateVariables.Cursor());
		CONTEXT.addResolver(new GlobalTemplateVariables.Date());
	}

	static final List<Entry> ENTRIES = List.of(
			new Entry("module", template("module", "module with a teaching day and a session",
					"module ${id} \"${title}\" credits ${20} {\n"
							+ "\tday ${number} \"${day_title}\" 6h {\n"
							+ "\t\tsession \"${session_title}\" lecture 2h\n"
							+ "\t\t\tcovers ${objective}\n"
							+ "\t\t\tweaves ${thread}${cursor}\n"
							+ "\t}\n"
							+ "}")),
			new Entry("day", template("day", "teaching day with a session",
					"day ${number} \"${title}\" on \"${date}\" 6h {\n"
							+ "\tsession \"${session_title}\" lecture 2h\n"
							+ "\t\tcovers ${objective}\n"
							+ "\t\tweaves ${thread}${cursor}\n"
							+ "}")),
			new Entry("session", template("session", "session covering objectives and weaving threads",
					"session \"${title}\" ${lecture} ${2}h\n"
							+ "\tcovers ${objective}\n"
							+ "\tweaves ${thread}${cursor}")),
			new Entry("study", template("study day", "study day",
					"study day ${number} \"${title}\"${cursor}")),
			new Entry("assessment", template("assessment", "assessment fulfilling a required assessment",
					"assessment ${id} \"${title}\" fulfils ${required} form ${written_report} words ${4000} weight ${50}% {\n"
							+ "\tassesses ${outcome}\n"
							+ "\taddresses ${element}${cursor}\n"
							+ "}")),
			new Entry("delivery", template("delivery", "delivery block with a practice",
					"delivery {\n"
							+ "\tpractice \"${how_the_course_is_delivered}\" weaves ${thread}${cursor}\n"
							+ "}")),
			new Entry("gap", template("gap", "justified gap: an element deliberately not covered",
					"gap ${element} because \"${reason}\"${cursor}")));

	private GoldthreadTemplates() {
	}

	/** Key of the user's templates in the plugin's preferences (Window > Preferences > Goldthread > Templates). */
	public static final String STORE_KEY = "org.goldthread.ui.templates";
	private static TemplateStore store;
	private static ContextTypeRegistry registry;

	/** The context type registry of the templates page. */
	public static synchronized ContextTypeRegistry registry() {
		if (registry == null) {
			registry = new ContextTypeRegistry();
			registry.addContextType(CONTEXT);
		}
		return registry;
	}

	/**
	 * The templates as the user has them: the built-in ones (ids {@code org.goldthread.ui.template.<keyword>},
	 * restorable on the preference page), edited, disabled or deleted there, and the user's own.
	 */
	public static synchronized TemplateStore store() {
		if (store == null) {
			TemplateStore created = new TemplateStore(registry(), GoldthreadUiPlugin.getDefault().getPreferenceStore(), STORE_KEY) {
				@Override
				protected void loadContributedTemplates() {
					for (Entry entry : ENTRIES) {
						internalAdd(new org.eclipse.text.templates.TemplatePersistenceData(entry.template(), true,
								"org.goldthread.ui.template." + entry.keyword()));
					}
				}
			};
			try {
				created.load();
			} catch (java.io.IOException e) {
				GoldthreadUiPlugin.log("Goldthread: the saved templates cannot be read; using the built-in ones", e);
			}
			store = created;
		}
		return store;
	}

	/** The enabled templates (built-in and the user's), each with the keyword that must be allowed for it: its first word. */
	public static List<Entry> active() {
		List<Entry> result = new ArrayList<>();
		for (Template template : store().getTemplates(CONTEXT_TYPE)) {
			String pattern = template.getPattern().strip();
			int end = 0;
			while (end < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(end)) || pattern.charAt(end) == '-')) {
				end++;
			}
			result.add(new Entry(pattern.substring(0, end), template));
		}
		return result;
	}

	private static Template template(String name, String description, String pattern) {
		return new Template(name, description, CONTEXT_TYPE, pattern.replace("${written_report}", "written-report"), false);
	}

	/** Template proposals at {@code offset}, given the keywords the grammar allows there and the typed prefix. */
	public static List<ICompletionProposal> proposals(ITextViewer viewer, int offset, Set<String> allowedKeywords, String prefix) {
		List<ICompletionProposal> result = new ArrayList<>();
		IDocument document = viewer.getDocument();
		try {
			String indent = indentation(document, offset);
			int start = offset - prefix.length();
			IRegion region = new Region(start, prefix.length());
			for (Entry entry : active()) {
				if (!allowedKeywords.contains(entry.keyword()) || !entry.template().getName().startsWith(prefix)) {
					continue;
				}
				Template original = entry.template();
				Template indented = new Template(original.getName(), original.getDescription(), original.getContextTypeId(),
						original.getPattern().replace("\n", "\n" + indent), false);
				DocumentTemplateContext context = new DocumentTemplateContext(CONTEXT, document, start, prefix.length());
				result.add(new TemplateProposal(indented, context, region, GoldthreadUiPlugin.image(GoldthreadImages.TEMPLATE), 90));
			}
		} catch (BadLocationException | RuntimeException e) {
			GoldthreadUiPlugin.warn("Goldthread: templates unavailable", e);
		}
		return result;
	}

	/** The leading white space of the line holding {@code offset}. */
	static String indentation(IDocument document, int offset) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(offset);
		String text = document.get(line.getOffset(), line.getLength());
		int i = 0;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(0, i);
	}
}
