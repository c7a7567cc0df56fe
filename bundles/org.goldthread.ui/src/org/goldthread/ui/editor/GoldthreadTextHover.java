package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * Hover for the generic editor:
 * <ul>
 * <li>on a reference (or a declaration), the framework element's kind, id, full text, theme and
 * framework, computed by the ide module's {@link IHoverService} (the language server's hover);</li>
 * <li>on a finding (live annotation or builder marker), the rule's title, rationale and the quoted
 * curriculum passage, from the rule catalogue.</li>
 * </ul>
 * JFace computes hovers off the UI thread.
 */
public class GoldthreadTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	/** The hovered element: its region and its description (markdown). */
	public record ElementHover(IRegion region, String markdown) {
	}

	/** A finding under the mouse. */
	public record FindingHover(IRegion region, String ruleId, String message, String frameworkElementId, String fixHint) {
	}

	/** The element hover at {@code offset} of the document's current text, or null. */
	public static ElementHover elementAt(IDocument document, int offset) {
		try {
			return ModelManager.get().read(document, resource -> {
				String text = resource.getParseResult().getRootNode().getText();
				if (offset < 0 || offset > text.length()) {
					return null;
				}
				Document doc = new Document(1, text);
				Hover hover = GoldthreadLanguage.get(IHoverService.class).hover(doc, resource,
						new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), doc.getPosition(offset)),
						CancelIndicator.NullImpl);
				if (hover == null || hover.getRange() == null || hover.getContents() == null || !hover.getContents().isRight()
						|| hover.getContents().getRight().getValue() == null || hover.getContents().getRight().getValue().isBlank()) {
					return null;
				}
				int start = doc.getOffSet(hover.getRange().getStart());
				int end = doc.getOffSet(hover.getRange().getEnd());
				return new ElementHover(new Region(start, end - start), hover.getContents().getRight().getValue());
			});
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: hover failed", e);
			return null;
		}
	}

	/** The findings (live annotations, or builder markers when no live annotation is there) covering {@code offset}. */
	public static List<FindingHover> findingsAt(ITextViewer viewer, int offset) {
		List<FindingHover> result = new ArrayList<>();
		if (!(viewer instanceof ISourceViewer sourceViewer) || sourceViewer.getAnnotationModel() == null) {
			return result;
		}
		IAnnotationModel model = sourceViewer.getAnnotationModel();
		List<FindingHover> markers = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position == null || offset < position.getOffset() || offset > position.getOffset() + position.getLength()) {
				continue;
			}
			Region region = new Region(position.getOffset(), position.getLength());
			if (annotation instanceof ValidationReconciler.IssueAnnotation issue) {
				result.add(new FindingHover(region, issue.getRuleId(), issue.getText(), issue.getFrameworkElementId(), issue.getFixHint()));
			} else if (annotation instanceof MarkerAnnotation ma && ma.getMarker().exists()) {
				IMarker marker = ma.getMarker();
				String ruleId = GoldthreadMarkers.ruleId(marker);
				if (ruleId != null) {
					markers.add(new FindingHover(region, ruleId, marker.getAttribute(IMarker.MESSAGE, null),
							GoldthreadMarkers.frameworkElementId(marker), GoldthreadMarkers.fixHint(marker)));
				}
			}
		}
		return result.isEmpty() ? markers : result;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		try {
			ElementHover element = elementAt(textViewer.getDocument(), offset);
			if (element != null) {
				return element.region();
			}
			List<FindingHover> findings = findingsAt(textViewer, offset);
			if (!findings.isEmpty()) {
				int start = 0;
				int end = Integer.MAX_VALUE;
				for (FindingHover f : findings) {
					start = Math.max(start, f.region().getOffset());
					end = Math.min(end, f.region().getOffset() + f.region().getLength());
				}
				return end >= start ? new Region(start, end - start) : new Region(offset, 0);
			}
		} catch (RuntimeException e) {
			GoldthreadUiPlugin.warn("Goldthread: hover failed", e);
		}
		return null;
	}

	@Override
	public Object getHoverInfo2(ITextViewer textViewer, IRegion hoverRegion) {
		return getHoverInfo(textViewer, hoverRegion);
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
		try {
			StringBuilder html = new StringBuilder();
			Set<String> explained = new LinkedHashSet<>();
			for (FindingHover finding : findingsAt(textViewer, hoverRegion.getOffset())) {
				String key = finding.ruleId() + "|" + finding.frameworkElementId();
				if (explained.add(key)) {
					String text = FindingExplanations.html(finding.ruleId(), null, finding.frameworkElementId(), finding.fixHint());
					if (text != null) {
						html.append(text);
					}
				}
			}
			ElementHover element = elementAt(textViewer.getDocument(), hoverRegion.getOffset());
			if (element != null) {
				if (html.length() > 0) {
					html.append("<hr/>");
				}
				html.append(HtmlText.fromMarkdown(element.markdown()));
			}
			return html.length() == 0 ? null : html.toString();
		} catch (RuntimeException e) {
			GoldthreadUiPlugin.warn("Goldthread: hover failed", e);
			return null;
		}
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, "Goldthread");
	}
}
