package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * Content assist, computed by the Xtext ide services ({@link ContentAssistService}: the content
 * assist parser and the ide proposal providers, with the scoping that decides what a clause may
 * name) on the shared document model. References come first, with the element's text and theme as
 * description; then the templates whose first keyword fits here; then keywords. Called by the
 * generic editor's asynchronous content assistant, off the UI thread.
 */
public class GoldthreadContentAssistProcessor implements IContentAssistProcessor {

	/** ContentAssistService's entries (instead of its LSP completion list). */
	public static class EntryService extends ContentAssistService {
		public List<ContentAssistEntry> entries(String text, int offset, XtextResource resource) {
			IdeContentProposalAcceptor acceptor = GoldthreadLanguage.get(IdeContentProposalAcceptor.class);
			acceptor.setCancelIndicator(CancelIndicator.NullImpl);
			createProposals(text, new TextRegion(offset, 0), offset, resource, acceptor);
			List<ContentAssistEntry> result = new ArrayList<>();
			acceptor.getEntries().forEach(result::add);
			return result;
		}
	}

	private String errorMessage;

	/** The Xtext entries at {@code offset} of the document's current text (also used by tests and templates). */
	public static List<ContentAssistEntry> entries(IDocument document, int offset) throws Exception {
		return ModelManager.get().read(document, resource -> {
			String text = resource.getParseResult().getRootNode().getText();
			return GoldthreadLanguage.get(EntryService.class).entries(text, Math.min(offset, text.length()), resource);
		});
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		errorMessage = null;
		try {
			IDocument document = viewer.getDocument();
			List<ContentAssistEntry> entries = entries(document, offset);
			List<ICompletionProposal> references = new ArrayList<>();
			List<ICompletionProposal> keywords = new ArrayList<>();
			Set<String> keywordTexts = new TreeSet<>();
			String prefix = "";
			for (ContentAssistEntry entry : entries) {
				Proposal proposal = new Proposal(entry, offset);
				if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
					keywords.add(proposal);
					keywordTexts.add(entry.getProposal());
					prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				} else {
					references.add(proposal);
				}
			}
			List<ICompletionProposal> result = new ArrayList<>(references);
			result.addAll(GoldthreadTemplates.proposals(viewer, offset, keywordTexts, prefix));
			result.addAll(keywords);
			return result.toArray(ICompletionProposal[]::new);
		} catch (Exception | LinkageError e) {
			errorMessage = "Content assist is not available here: " + e.getMessage();
			GoldthreadUiPlugin.warn("Goldthread: content assist failed", e);
			return new ICompletionProposal[0];
		}
	}

	/** One Xtext entry as a JFace proposal: label, grey description, HTML documentation, prefix-aware filtering. */
	public static final class Proposal implements ICompletionProposal, ICompletionProposalExtension2, ICompletionProposalExtension6 {
		private final ContentAssistEntry entry;
		private final int replacementOffset;
		private final int initialPrefixLength;
		private int appliedEnd = -1;

		Proposal(ContentAssistEntry entry, int offset) {
			this.entry = entry;
			int prefixLength = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
			this.replacementOffset = offset - prefixLength;
			this.initialPrefixLength = prefixLength;
		}

		public ContentAssistEntry getEntry() {
			return entry;
		}

		@Override
		public void apply(IDocument document) {
			apply(document, replacementOffset + initialPrefixLength);
		}

		private void apply(IDocument document, int caret) {
			try {
				int length = Math.max(0, caret - replacementOffset);
				document.replace(replacementOffset, length, entry.getProposal());
				appliedEnd = replacementOffset + entry.getProposal().length();
			} catch (BadLocationException e) {
				GoldthreadUiPlugin.warn("Goldthread: stale proposal not applied", e);
			}
		}

		@Override
		public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
			apply(viewer.getDocument(), offset);
		}

		@Override
		public Point getSelection(IDocument document) {
			return appliedEnd < 0 ? null : new Point(appliedEnd, 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			// the generic editor's proposal information shows plain text
			String documentation = entry.getDocumentation();
			return documentation == null ? null : HtmlText.plain(documentation);
		}

		@Override
		public String getDisplayString() {
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			return entry.getDescription() == null ? label : label + " – " + entry.getDescription();
		}

		@Override
		public StyledString getStyledDisplayString() {
			StyledString styled = new StyledString(entry.getLabel() != null ? entry.getLabel() : entry.getProposal());
			if (entry.getDescription() != null) {
				styled.append(" – " + entry.getDescription(), StyledString.QUALIFIER_STYLER);
			}
			return styled;
		}

		@Override
		public Image getImage() {
			if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
				return null;
			}
			if (entry.getSource() instanceof org.eclipse.xtext.resource.IEObjectDescription d && d.getEClass() != null) {
				return GoldthreadUiPlugin.image(imageFor(d.getEClass()));
			}
			return GoldthreadUiPlugin.image(GoldthreadImages.ELEMENT);
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}

		@Override
		public void selected(ITextViewer viewer, boolean smartToggle) {
		}

		@Override
		public void unselected(ITextViewer viewer) {
		}

		@Override
		public boolean validate(IDocument document, int offset, DocumentEvent event) {
			if (offset < replacementOffset) {
				return false;
			}
			try {
				String typed = document.get(replacementOffset, offset - replacementOffset).toLowerCase(Locale.ROOT);
				String proposal = entry.getProposal().toLowerCase(Locale.ROOT);
				String label = entry.getLabel() == null ? proposal : entry.getLabel().toLowerCase(Locale.ROOT);
				return proposal.startsWith(typed) || label.startsWith(typed) || proposal.contains("." + typed);
			} catch (BadLocationException e) {
				return false;
			}
		}
	}

	/** The icon of a kind of element (shared with the outline). */
	public static String imageFor(org.eclipse.emf.ecore.EClass type) {
		org.goldthread.model.GoldthreadPackage gt = org.goldthread.model.GoldthreadPackage.eINSTANCE;
		if (type == gt.getItem()) {
			return GoldthreadImages.OBJECTIVE;
		} else if (type == gt.getGoldenThread()) {
			return GoldthreadImages.THREAD;
		} else if (type == gt.getSection()) {
			return GoldthreadImages.THEME;
		} else if (type == gt.getRequiredAssessment() || type == gt.getCourseAssessment() || type == gt.getLearningOutcome()) {
			return GoldthreadImages.ASSESSMENT;
		} else if (type == gt.getFramework()) {
			return GoldthreadImages.CURRICULUM;
		} else if (type == gt.getCourse()) {
			return GoldthreadImages.COURSE;
		} else if (type == gt.getLocalPlan()) {
			return GoldthreadImages.PLAN;
		} else if (type == gt.getModule()) {
			return GoldthreadImages.MODULE;
		} else if (type == gt.getTeachingDay() || type == gt.getStudyDay()) {
			return GoldthreadImages.DAY;
		} else if (type == gt.getSession() || type == gt.getPlanAction()) {
			return GoldthreadImages.SESSION;
		} else if (type == gt.getJustifiedGap()) {
			return GoldthreadImages.GAP;
		}
		return GoldthreadImages.ELEMENT;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
