package org.goldthread.ui.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.search.ElementReferences.Occurrence;
import org.goldthread.ui.search.ElementReferences.Target;

/**
 * Mark Occurrences by element (the generic editor's highlight reconciler for Goldthread files, in
 * place of its same-word highlighting): with the caret on an element's id or on a reference to it,
 * its declaration and every reference to it in the document are marked, and nothing else (another
 * element with the same name is not).
 */
public class OccurrencesHighlighter implements IReconciler {

	/** The generic editor's occurrence annotation type (its Mark Occurrences preference and colour). */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private ITextViewer viewer;
	private Annotation[] current = new Annotation[0];
	private final ISelectionChangedListener listener = this::selectionChanged;

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(listener);
		} else {
			viewer.getSelectionProvider().addSelectionChangedListener(listener);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(listener);
		} else if (viewer != null) {
			viewer.getSelectionProvider().removeSelectionChangedListener(listener);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection selection) {
			update(selection.getOffset());
		}
	}

	/** Marks the occurrences of the element at {@code offset} (none when there is none). */
	public void update(int offset) {
		if (!(viewer instanceof ISourceViewer sourceViewer) || sourceViewer.getAnnotationModel() == null) {
			return;
		}
		IDocument document = viewer.getDocument();
		Map<Annotation, Position> added = new HashMap<>();
		try {
			// Toggle Mark Occurrences off: no marks
			List<Occurrence> occurrences = !enabled() ? List.of()
					: document == null || !ModelManager.get().isGoldthreadDocument(document) ? null
					: ModelManager.get().readWithin(document, 150, resource -> {
						Target target = ElementReferences.targetAt(resource, offset);
						return target == null ? List.<Occurrence>of() : ElementReferences.occurrencesIn(resource, target, false);
					});
			if (occurrences == null) {
				return; // the model is busy: keep what is marked
			}
			for (Occurrence o : occurrences) {
				added.put(new Annotation(ANNOTATION_TYPE, false, o.declaration() ? "Declaration" : "Reference"),
						new Position(o.offset(), o.length()));
			}
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: mark occurrences failed", e);
		}
		IAnnotationModel model = sourceViewer.getAnnotationModel();
		Object lock = model instanceof ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : this;
		synchronized (lock) {
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(current, added);
			} else {
				for (Annotation a : current) {
					model.removeAnnotation(a);
				}
				added.forEach(model::addAnnotation);
			}
			current = added.keySet().toArray(Annotation[]::new);
		}
	}

	/** The generic editor's Toggle Mark Occurrences (toolbar button; on by default). */
	static boolean enabled() {
		return org.eclipse.core.runtime.Platform.getPreferencesService().getBoolean("org.eclipse.ui.genericeditor",
				"org.eclipse.ui.genericeditor.togglehighlight", true, null);
	}

	/** The positions marked now (tests). */
	public static List<Position> marked(ISourceViewer viewer) {
		List<Position> result = new java.util.ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (ANNOTATION_TYPE.equals(a.getType())) {
				result.add(model.getPosition(a));
			}
		}
		result.sort(java.util.Comparator.comparingInt(Position::getOffset));
		return result;
	}
}
