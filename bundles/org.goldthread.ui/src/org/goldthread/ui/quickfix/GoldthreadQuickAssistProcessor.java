package org.goldthread.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.editor.ValidationReconciler.IssueAnnotation;

/**
 * Ctrl+1 on a live finding (an annotation of the text being edited): the same fixes as the
 * Problems view's. Findings that also have a builder marker at the cursor are left to the generic
 * editor's marker quick assist, so that no fix is offered twice.
 */
public class GoldthreadQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && GoldthreadFixes.hasFixes(issue.getRuleId(), issue.getFrameworkElementId());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		int offset = context.getOffset();
		List<IssueAnnotation> issues = new ArrayList<>();
		Set<String> markerKeys = new LinkedHashSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position == null || !covers(document, position, offset, Math.max(0, context.getLength()))) {
				continue;
			}
			if (annotation instanceof IssueAnnotation issue && canFix(issue)) {
				issues.add(issue);
			} else if (annotation instanceof MarkerAnnotation ma && ma.getMarker().exists()) {
				IMarker marker = ma.getMarker();
				markerKeys.add(GoldthreadMarkers.ruleId(marker) + "|" + GoldthreadMarkers.frameworkElementId(marker) + "|"
						+ marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IssueAnnotation issue : issues) {
			if (markerKeys.contains(issue.getRuleId() + "|" + issue.getFrameworkElementId() + "|" + issue.getText())) {
				continue;
			}
			Position position = model.getPosition(issue);
			FindingRef finding = new FindingRef(issue.getRuleId(), issue.getFrameworkElementId(), issue.getIssue().getData(),
					position.getOffset(), position.getLength());
			try {
				for (Fix fix : GoldthreadFixes.fixesFor(document, finding)) {
					proposals.add(new FixProposal(fix, viewer, issue.getFixHint()));
				}
			} catch (Exception | LinkageError e) {
				GoldthreadUiPlugin.warn("Goldthread: quick fixes unavailable", e);
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static boolean covers(IDocument document, Position position, int offset, int length) {
		if (offset >= position.getOffset() && offset + length <= position.getOffset() + position.getLength()) {
			return true;
		}
		if (position.getLength() == 0) {
			try {
				return document.getLineOfOffset(position.getOffset()) == document.getLineOfOffset(offset);
			} catch (BadLocationException e) {
				return false;
			}
		}
		return false;
	}

	/** A fix as a Ctrl+1 proposal. */
	public static final class FixProposal implements ICompletionProposal {
		private final Fix fix;
		private final ISourceViewer viewer;
		private final String fixHint;
		private Point selection;

		FixProposal(Fix fix, ISourceViewer viewer, String fixHint) {
			this.fixHint = fixHint;
			this.fix = fix;
			this.viewer = viewer;
		}

		public Fix getFix() {
			return fix;
		}

		@Override
		public void apply(IDocument document) {
			try {
				Fix.Change change = FixApplier.apply(fix, document,
						viewer instanceof ITextViewerExtension extension ? extension.getRewriteTarget() : null);
				if (change.selectOffset() >= 0) {
					selection = new Point(change.selectOffset(), change.selectLength());
				} else if (!change.edits().isEmpty()) {
					var first = change.edits().get(0);
					selection = new Point(first.offset() + first.text().length(), 0);
				}
			} catch (Exception | LinkageError e) {
				GoldthreadUiPlugin.log("Goldthread: the quick fix '" + fix.label() + "' failed; the text was not changed", e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return selection;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return Fix.describe(fix, fixHint);
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return GoldthreadUiPlugin.image(fix.image());
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
