package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.goldthread.lang.ide.highlighting.GoldthreadSemanticHighlightingCalculator;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * Semantic highlighting from the ide module's {@link ISemanticHighlightingCalculator} (the language
 * server uses the same one): positions are computed in a background job shortly after each change,
 * from the shared document model, and merged into every text presentation.
 */
public final class SemanticHighlighter implements ITextPresentationListener, IDocumentListener, ITextInputListener {

	/** One highlighted range (model offsets) and its style id. */
	public record Highlight(int offset, int length, String style) {
	}

	private final ITextViewer viewer;
	private final Job job;
	private volatile List<Highlight> highlights = List.of();

	private SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		this.job = Job.create("Goldthread semantic highlighting", this::compute);
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
	}

	public static void install(ITextViewer viewer) {
		if (viewer instanceof ITextViewerExtension4 extension) {
			SemanticHighlighter highlighter = new SemanticHighlighter(viewer);
			extension.addTextPresentationListener(highlighter);
			viewer.addTextInputListener(highlighter);
			if (viewer.getDocument() != null) {
				highlighter.inputDocumentChanged(null, viewer.getDocument());
			}
		}
	}

	/** The highlights of the last computation (for tests). */
	public List<Highlight> highlights() {
		return highlights;
	}

	private IStatus compute(IProgressMonitor monitor) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return Status.OK_STATUS;
		}
		try {
			List<Highlight> result = ModelManager.get().read(document, resource -> {
				List<Highlight> list = new ArrayList<>();
				GoldthreadLanguage.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
						(offset, length, styles) -> {
							if (styles.length > 0 && length > 0) {
								list.add(new Highlight(offset, length, styles[0]));
							}
						}, monitor::isCanceled);
				return list;
			});
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			highlights = result;
			Display display = viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
			if (display != null && !display.isDisposed()) {
				display.asyncExec(() -> {
					if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
						viewer.invalidateTextPresentation();
					}
				});
			}
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: semantic highlighting failed", e);
		}
		return Status.OK_STATUS;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		IDocument document = viewer.getDocument();
		int length = document == null ? 0 : document.getLength();
		for (Highlight h : highlights) {
			if (h.offset() + h.length() <= start || h.offset() >= end || h.offset() + h.length() > length) {
				continue;
			}
			StyleRange range = style(h);
			if (range != null) {
				presentation.replaceStyleRange(range);
			}
		}
	}

	private static StyleRange style(Highlight h) {
		return switch (h.style()) {
			case GoldthreadSemanticHighlightingCalculator.DECLARATION -> range(h, SyntaxStyle.DECLARATION);
			case GoldthreadSemanticHighlightingCalculator.OBJECTIVE_REFERENCE -> range(h, SyntaxStyle.OBJECTIVE);
			case GoldthreadSemanticHighlightingCalculator.THREAD_REFERENCE -> range(h, SyntaxStyle.THREAD);
			case GoldthreadSemanticHighlightingCalculator.FRAMEWORK_REFERENCE -> range(h, SyntaxStyle.FRAMEWORK);
			case GoldthreadSemanticHighlightingCalculator.REFERENCE -> range(h, SyntaxStyle.REFERENCE);
			default -> null;
		};
	}

	private static StyleRange range(Highlight h, SyntaxStyle style) {
		return new StyleRange(h.offset(), h.length(), GoldthreadColors.color(style.rgb()), null, style.fontStyle());
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// positions of the old highlights would be wrong until recomputed: keep them, shifted, only for the unchanged prefix
		List<Highlight> kept = new ArrayList<>();
		for (Highlight h : highlights) {
			if (h.offset() + h.length() <= event.getOffset()) {
				kept.add(h);
			} else if (h.offset() >= event.getOffset() + event.getLength()) {
				int shift = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
				kept.add(new Highlight(h.offset() + shift, h.length(), h.style()));
			}
		}
		highlights = kept;
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		job.cancel();
		job.schedule(250);
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		if (oldInput != null) {
			oldInput.removeDocumentListener(this);
		}
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		if (newInput != null) {
			newInput.addDocumentListener(this);
			job.schedule(50);
		}
	}
}
