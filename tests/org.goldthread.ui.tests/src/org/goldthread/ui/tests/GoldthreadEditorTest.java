package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.goldthread.ui.editor.GoldthreadBracketMatcher;
import org.goldthread.ui.editor.GoldthreadColors;
import org.goldthread.ui.editor.GoldthreadContentAssistProcessor;
import org.goldthread.ui.editor.GoldthreadHyperlinkDetector;
import org.goldthread.ui.editor.GoldthreadTextHover;
import org.goldthread.ui.editor.ShippedFrameworkEditorInput;
import org.goldthread.ui.outline.GoldthreadOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor in a running workbench: file types, live validation, content assist, templates,
 * hovers, hyperlinks, outline, highlighting, folding, brackets, comments, formatting.
 */
public class GoldthreadEditorTest extends UiTestSupport {

	private IProject project;
	private IFile eastfield;
	private IFile localFramework;
	private IFile localCourse;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("editortest", true);
		eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
		localFramework = write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK);
		localCourse = write(project, "courses/local.course", Fixtures.LOCAL_COURSE);
		waitForBuild();
	}

	@AfterEach
	void tearDown() {
		page().closeAllEditors(false);
		dispatch(50);
	}

	@Test
	void goldthreadFilesHaveContentTypesAndOpenInTheGenericEditor() throws Exception {
		for (String extension : List.of("curriculum", "framework", "course", "plan")) {
			IContentType type = Platform.getContentTypeManager().findContentTypeFor("x." + extension);
			assertNotNull(type, extension);
			assertEquals("org.goldthread.ui." + extension, type.getId());
			assertTrue(type.isKindOf(Platform.getContentTypeManager().getContentType("org.goldthread.ui.source")));
			assertEquals("org.eclipse.ui.genericeditor.GenericEditor",
					PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("x." + extension).getId());
		}
		ITextEditor editor = open(eastfield);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		assertNotNull(editor.getTitleImage());
	}

	@Test
	void typingAnUnknownIdShowsAnAnnotationAndSavingMakesAMarker() throws Exception {
		ITextEditor editor = open(eastfield);
		ISourceViewer viewer = viewer(editor);
		waitFor(() -> hasLive(viewer, "GT-COV-001", "landscape.trainingDevelopment"), 30_000, "live conformance findings");
		assertTrue(hasLive(viewer, "GT-THR-002", "wellbeing"), describeLive(viewer));
		assertFalse(hasLive(viewer, "GT-INT-001", null), describeLive(viewer));

		// type, one character at a time, an id with a typo after an existing coverage claim
		IDocument document = document(editor);
		String anchor = "covers landscape.populationNeeds develops";
		int at = document.get().indexOf(anchor) + anchor.length();
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		text.setFocus();
		editor.selectAndReveal(at, 0);
		for (char c : ", landscape.ukPolcy".toCharArray()) {
			text.insert(String.valueOf(c));
			text.setCaretOffset(text.getCaretOffset() + 1);
			dispatch(10);
		}
		waitFor(() -> hasLive(viewer, "GT-INT-001", "landscape.ukPolicy"), 20_000, "the unknown-id annotation");
		ValidationAnnotationCheck.assertMessage(viewer, "GT-INT-001", "Did you mean 'landscape.ukPolicy'?");
		assertTrue(editor.isDirty());
		assertFalse(hasMarker(eastfield, "GT-INT-001", null), "markers describe the saved file only");
		dispatch(500);
		screenshot("editor-live-validation.png");

		editor.doSave(null);
		waitForBuild();
		waitFor(() -> hasMarker(eastfield, "GT-INT-001", "landscape.ukPolicy"), 30_000, "the marker after saving");
		assertTrue(read(eastfield).contains("landscape.populationNeeds develops, landscape.ukPolcy"));
		expandProblemsView();
		screenshot("problems-view.png");
	}

	@Test
	void contentAssistProposesWhatScopingAllowsWithTextAndTheme() throws Exception {
		ITextEditor editor = open(localCourse);
		ISourceViewer viewer = viewer(editor);
		IDocument document = document(editor);
		int at = document.get().indexOf("basics.listening") + "basics.listening".length();
		document.replace(at, 0, ", basics.d");
		int offset = at + ", basics.d".length();
		GoldthreadContentAssistProcessor processor = new GoldthreadContentAssistProcessor();
		ICompletionProposal[] proposals = processor.computeCompletionProposals(viewer, offset);
		List<String> labels = displayStrings(proposals);
		assertEquals(List.of("basics.deciding – decide with the team — theme: Basics of local leadership"),
				labels.stream().filter(l -> l.startsWith("basics.")).toList(), labels::toString);
		ICompletionProposal deciding = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("basics.deciding"))
				.findFirst().orElseThrow();
		assertTrue(deciding.getAdditionalProposalInfo().contains("decide with the team"), deciding.getAdditionalProposalInfo());
		deciding.apply(document);
		assertTrue(document.get().contains("covers basics.listening, basics.deciding\n"), document.get());

		// after 'weaves' only golden threads are proposed
		int weaves = document.get().indexOf("weaves voice") + "weaves ".length();
		List<String> threads = displayStrings(processor.computeCompletionProposals(viewer, weaves));
		assertTrue(threads.stream().anyMatch(l -> l.startsWith("voice – Young people's voice")), threads::toString);
		assertFalse(threads.stream().anyMatch(l -> l.startsWith("basics.")), threads::toString);

		// and in the Eastfield course, the curriculum's objectives with their text and theme
		ITextEditor east = open(eastfield);
		IDocument eastDocument = document(east);
		int covers = eastDocument.get().indexOf("covers landscape.populationNeeds") + "covers ".length();
		List<String> objectives = displayStrings(processor.computeCompletionProposals(viewer(east), covers));
		assertTrue(objectives.contains("landscape.ukPolicy – be aware of the policy landscape in the UK in relation to the mental health "
				+ "of children and young people — theme: Policy and the national and local CYP MH service landscape"), objectives::toString);
		assertFalse(objectives.stream().anyMatch(l -> l.startsWith("wellbeing")), "threads are not objectives");
		assertFalse(objectives.stream().anyMatch(l -> l.startsWith("inclusion.concepts ")), "parent objectives are proposed as well? " + objectives);

		// the real popup
		east.selectAndReveal(covers, 0);
		var before = visibleShells();
		((ITextOperationTarget) east.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		assertTrue(waitForPopup(before, 10_000), "the completion popup shows");
		screenshot("content-assist.png");
	}

	@Test
	void templatesAreOfferedWhereTheirFirstKeywordFits() throws Exception {
		ITextEditor editor = open(localCourse);
		ISourceViewer viewer = viewer(editor);
		IDocument document = document(editor);
		document.replace(document.getLength(), 0, "\n");
		GoldthreadContentAssistProcessor processor = new GoldthreadContentAssistProcessor();
		List<String> topLevel = displayStrings(processor.computeCompletionProposals(viewer, document.getLength()));
		assertTrue(topLevel.stream().anyMatch(l -> l.startsWith("module - module with a teaching day")), topLevel::toString);
		assertTrue(topLevel.stream().anyMatch(l -> l.startsWith("assessment - ")), topLevel::toString);
		assertTrue(topLevel.stream().anyMatch(l -> l.startsWith("gap - ")), topLevel::toString);
		assertFalse(topLevel.stream().anyMatch(l -> l.startsWith("session - ")), "no session outside a day: " + topLevel);

		document.replace(document.getLength(), 0, "mod");
		ICompletionProposal module = Arrays.stream(processor.computeCompletionProposals(viewer, document.getLength()))
				.filter(p -> p.getDisplayString().startsWith("module - ")).findFirst().orElseThrow();
		// templates apply through the viewer (linked mode for their fields)
		((org.eclipse.jface.text.contentassist.ICompletionProposalExtension2) module).apply(viewer, (char) 0, 0, document.getLength());
		assertTrue(document.get().contains("\nmodule id \"title\" credits 20 {\n\tday number \"day_title\" 6h {\n\t\tsession \"session_title\""),
				document.get());

		int inDay = document.get().indexOf("weaves voice") + "weaves voice".length();
		document.replace(inDay, 0, "\n\t\t");
		List<String> inside = displayStrings(processor.computeCompletionProposals(viewer, inDay + 3));
		assertTrue(inside.stream().anyMatch(l -> l.startsWith("session - ")), inside::toString);
		assertFalse(inside.stream().anyMatch(l -> l.startsWith("module - ")), inside::toString);
	}

	@Test
	void hoverOnAReferenceDescribesTheFrameworkElement() throws Exception {
		ITextEditor editor = open(eastfield);
		ISourceViewer viewer = viewer(editor);
		int offset = document(editor).get().indexOf("landscape.ukPolicy") + 3;
		GoldthreadTextHover hover = new GoldthreadTextHover();
		IRegion region = hover.getHoverRegion(viewer, offset);
		assertEquals(document(editor).get().indexOf("landscape.ukPolicy"), region.getOffset());
		assertEquals("landscape.ukPolicy".length(), region.getLength());
		String info = hover.getHoverInfo(viewer, region);
		assertTrue(info.contains("<b>Learning objective</b> landscape.ukPolicy"), info);
		assertTrue(info.contains("be aware of the policy landscape in the UK in relation to the mental health of children and young people"), info);
		assertTrue(info.contains("Policy and the national and local CYP MH service landscape"), info);
		assertTrue(info.contains("cypmh.leadership 2024"), info);

		// a golden thread
		int thread = document(editor).get().indexOf("weaves participation") + "weaves ".length();
		String threadInfo = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, thread));
		assertTrue(threadInfo.contains("<b>Golden thread</b> participation — Participation and co-production"), threadInfo);

		// the real hover popup
		hoverMouseAt(editor, offset);
		screenshot("hover-reference.png");
	}

	@Test
	void hoverOnAFindingExplainsTheRule() throws Exception {
		ITextEditor editor = open(eastfield);
		ISourceViewer viewer = viewer(editor);
		waitFor(() -> hasLive(viewer, "GT-COV-001", "landscape.trainingDevelopment"), 30_000, "live findings");
		// the finding sits on the session teaching most of the objective's theme (not on the course line)
		int courseName = liveAnnotations(viewer).stream()
				.filter(a -> "GT-COV-001".equals(a.getRuleId()) && "landscape.trainingDevelopment".equals(a.getFrameworkElementId()))
				.map(a -> viewer.getAnnotationModel().getPosition(a).getOffset()).findFirst().orElseThrow() + 2;
		List<GoldthreadTextHover.FindingHover> findings = GoldthreadTextHover.findingsAt(viewer, courseName);
		assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("GT-COV-001")), findings::toString);
		GoldthreadTextHover hover = new GoldthreadTextHover();
		String info = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, courseName));
		assertTrue(info.contains("GT-COV-001 – Every learning objective is covered by a session"), info);
		assertTrue(info.contains("The themes' learning objectives are what every CYP MH leadership programme must teach"), info);
		assertTrue(info.contains("The curriculum says:</i> “The table below provides information about the themes, aims and learning objectives"), info);
		assertTrue(info.contains("landscape.trainingDevelopment"), info);
		assertTrue(info.contains("<i>How to fix:</i> Add `covers landscape.trainingDevelopment` to the session that teaches it"), info);

		hoverMouseAt(editor, courseName);
		screenshot("hover-finding.png");
	}

	@Test
	void ctrlClickOpensDefinitionsInProjectFilesAndShippedFrameworks() throws Exception {
		ITextEditor editor = open(localCourse);
		String text = document(editor).get();
		GoldthreadHyperlinkDetector detector = new GoldthreadHyperlinkDetector();
		int listening = text.indexOf("basics.listening") + 4;
		IHyperlink[] links = detector.detectHyperlinks(viewer(editor), new org.eclipse.jface.text.Region(listening, 0), false);
		assertNotNull(links);
		assertEquals(text.indexOf("basics.listening"), links[0].getHyperlinkRegion().getOffset());
		links[0].open();
		dispatch(300);
		IEditorPart active = page().getActiveEditor();
		assertEquals(localFramework, active.getEditorInput().getAdapter(IFile.class));
		assertEquals("listening", ((ITextSelection) ((ITextEditor) active).getSelectionProvider().getSelection()).getText());

		ITextEditor east = open(eastfield);
		int ukPolicy = document(east).get().indexOf("landscape.ukPolicy") + 2;
		IHyperlink[] shipped = detector.detectHyperlinks(viewer(east), new org.eclipse.jface.text.Region(ukPolicy, 0), false);
		assertNotNull(shipped);
		shipped[0].open();
		dispatch(500);
		ITextEditor curriculum = (ITextEditor) page().getActiveEditor();
		ShippedFrameworkEditorInput input = assertInstanceOf(ShippedFrameworkEditorInput.class, curriculum.getEditorInput());
		assertEquals("cypmh-leadership.curriculum", input.getFileName());
		assertEquals("ukPolicy", ((ITextSelection) curriculum.getSelectionProvider().getSelection()).getText());
		assertFalse(curriculum.isEditable(), "shipped frameworks are read-only");
		// the read-only curriculum has hovers too
		int objective = document(curriculum).get().indexOf("objective ukPolicy") + "objective ".length();
		assertNotNull(GoldthreadTextHover.elementAt(document(curriculum), objective));
	}

	@Test
	void outlineShowsTheDocumentInSourceOrder() throws Exception {
		ITextEditor editor = open(localCourse);
		IContentOutlinePage adapted = editor.getAdapter(IContentOutlinePage.class);
		assertInstanceOf(GoldthreadOutlinePage.class, adapted);
		adapted.dispose();
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		waitFor(() -> outline.getCurrentPage() instanceof GoldthreadOutlinePage page && !itemTexts(page).isEmpty(), 10_000, "outline");
		GoldthreadOutlinePage outlinePage = (GoldthreadOutlinePage) outline.getCurrentPage();
		TreeItem course = ((org.eclipse.swt.widgets.Tree) outlinePage.getControl()).getItems()[0];
		assertEquals("course local.induction  Induction to local leadership", course.getText());
		List<String> children = Arrays.stream(course.getItems()).map(TreeItem::getText).toList();
		// the gap comes before the module in the text, and so in the outline (EMF keeps them in separate lists)
		assertEquals(List.of("gap basics.deciding  Taught in the partner trust's own programme", "module m1  First module"), children);

		// link with the editor: the caret's block is selected in the outline
		editor.selectAndReveal(document(editor).get().indexOf("lecture 2h"), 0);
		waitFor(() -> outlinePage.selectedSymbol() != null && outlinePage.selectedSymbol().getName().equals("session intro"), 10_000,
				"the outline to follow the caret");

		document(editor).replace(document(editor).getLength(), 0, "\nstudy day 1 \"Reading week\"\n");
		waitFor(() -> itemTexts(outlinePage).stream().anyMatch(t -> t.startsWith("study day 1")), 10_000, "outline refresh");
		ITextEditor east = open(eastfield);
		page().activate(east);
		waitFor(() -> outline.getCurrentPage() instanceof GoldthreadOutlinePage page && page != outlinePage && !itemTexts(page).isEmpty(),
				10_000, "the outline of the other course");
		dispatch(300);
		screenshot("outline.png");
	}

	@Test
	void semanticHighlightingStylesDeclarationsAndReferencesByKind() throws Exception {
		ITextEditor editor = open(localCourse);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		String content = document(editor).get();
		int objective = content.indexOf("basics.listening");
		int thread = content.indexOf("voice", content.indexOf("weaves"));
		int declaration = content.indexOf("intro");
		waitFor(() -> {
			StyleRange style = text.getStyleRangeAtOffset(thread);
			return style != null && (style.fontStyle & SWT.ITALIC) != 0;
		}, 10_000, "semantic highlighting");
		assertEquals(GoldthreadColors.color(GoldthreadColors.OBJECTIVE), text.getStyleRangeAtOffset(objective).foreground);
		assertEquals(GoldthreadColors.color(GoldthreadColors.THREAD), text.getStyleRangeAtOffset(thread).foreground);
		assertEquals(GoldthreadColors.color(GoldthreadColors.DECLARATION), text.getStyleRangeAtOffset(declaration).foreground);
		StyleRange keyword = text.getStyleRangeAtOffset(content.indexOf("module"));
		assertEquals(GoldthreadColors.color(GoldthreadColors.KEYWORD), keyword.foreground);
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		assertEquals(GoldthreadColors.color(GoldthreadColors.STRING), text.getStyleRangeAtOffset(content.indexOf("\"First module\"") + 2).foreground);
	}

	@Test
	void blocksFoldAndBracesMatch() throws Exception {
		ITextEditor editor = open(localCourse);
		ProjectionViewer viewer = (ProjectionViewer) viewer(editor);
		IDocument document = document(editor);
		int moduleLine = document.getLineOfOffset(document.get().indexOf("module m1"));
		waitFor(() -> foldedLines(viewer, document).contains(moduleLine), 10_000, "folding of the module block: " + foldedLines(viewer, document));

		GoldthreadBracketMatcher matcher = new GoldthreadBracketMatcher();
		int open = document.get().indexOf('{', document.get().indexOf("module m1"));
		IRegion match = matcher.match(document, open + 1);
		assertNotNull(match);
		assertEquals('}', document.getChar(match.getOffset() + match.getLength() - 1));
		assertEquals(document.get().lastIndexOf('}'), match.getOffset() + match.getLength() - 1);
	}

	@Test
	void toggleCommentAndFormatAreUndoableCommands() throws Exception {
		String messy = "course local.messy \"Messy\"   implements local.skills version \"1\"\n"
				+ "module m1 \"First\" {  day 1 \"One\" {\nsession \"S\" lecture 2h covers basics.listening weaves voice } }\n";
		IFile file = write(project, "courses/messy.course", messy);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);

		handlers.executeCommand("org.goldthread.ui.format", null);
		String formatted = document.get();
		assertEquals("course local.messy \"Messy\"\n\timplements local.skills version \"1\"\n\n"
				+ "module m1 \"First\" {\n\tday 1 \"One\" {\n\t\tsession \"S\" lecture 2h\n\t\t\tcovers basics.listening\n\t\t\tweaves voice\n\t}\n}\n",
				formatted);
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document.get(), "one undo reverts the whole formatting");
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.REDO);
		assertEquals(formatted, document.get());

		int moduleLine = document.getLineOfOffset(formatted.indexOf("module m1"));
		editor.selectAndReveal(document.getLineOffset(moduleLine), document.getLineOffset(moduleLine + 2) - document.getLineOffset(moduleLine));
		handlers.executeCommand("org.goldthread.ui.toggleComment", null);
		assertTrue(document.get().contains("\n// module m1 \"First\" {\n// \tday 1 \"One\" {\n\t\tsession"), document.get());
		handlers.executeCommand("org.goldthread.ui.toggleComment", null);
		assertEquals(formatted, document.get());

		// a file with syntax errors is not formatted (nothing the user wrote is touched)
		document.replace(0, 0, "}}} ");
		String broken = document.get();
		handlers.executeCommand("org.goldthread.ui.format", null);
		assertEquals(broken, document.get());
		// and saving always saves exactly the text
		editor.doSave(null);
		assertEquals(broken, read(file));
	}

	@Test
	void commandsAreDeclaredWithKeyBindings() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : List.of("org.goldthread.ui.toggleComment", "org.goldthread.ui.format", "org.goldthread.ui.quickOutline", "org.goldthread.ui.addNature")) {
			assertTrue(commands.getCommand(id).isDefined(), id);
		}
		var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
		List<String> bound = Arrays.stream(bindings.getBindings())
				.filter(b -> b.getParameterizedCommand() != null && b.getParameterizedCommand().getId().startsWith("org.goldthread.ui."))
				.map(b -> b.getParameterizedCommand().getId() + "=" + b.getTriggerSequence().format()).sorted().toList();
		assertEquals(5, bound.size(), bound::toString);
		assertTrue(bound.get(0).startsWith("org.goldthread.ui.format="), bound::toString);
		assertEquals("org.goldthread.ui.openElement=Shift+Ctrl+F3", bound.get(1), bound::toString);
		assertEquals("org.goldthread.ui.quickOutline=Ctrl+O", bound.get(2), bound::toString);
		assertEquals("org.goldthread.ui.rename=Shift+Alt+R", bound.get(3), bound::toString);
		assertTrue(bound.get(4).startsWith("org.goldthread.ui.toggleComment="), bound::toString);
		assertNotNull(ParameterizedCommand.generateCommand(commands.getCommand("org.goldthread.ui.format"), null));
	}

	// ------------------------------------------------------------------ helpers

	static List<String> displayStrings(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).collect(Collectors.toList());
	}

	static List<String> itemTexts(GoldthreadOutlinePage page) {
		List<String> result = new ArrayList<>();
		if (page.getControl() == null || page.getControl().isDisposed()) {
			return result;
		}
		collect(((org.eclipse.swt.widgets.Tree) page.getControl()).getItems(), result);
		return result;
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText());
			collect(item.getItems(), into);
		}
	}

	static List<Integer> foldedLines(ProjectionViewer viewer, IDocument document) {
		List<Integer> lines = new ArrayList<>();
		var model = viewer.getProjectionAnnotationModel();
		if (model == null) {
			return lines;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a instanceof ProjectionAnnotation) {
				try {
					lines.add(document.getLineOfOffset(model.getPosition(a).getOffset()));
				} catch (Exception e) {
					// ignore
				}
			}
		}
		return lines;
	}
}
