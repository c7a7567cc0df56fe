package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.CheckSession;
import org.goldthread.conformance.FindingMapper;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Live validation while typing, conformance findings included: shortly after the last keystroke
 * (background thread) the document is brought up to date in its project's model (only it is
 * re-parsed) and checked by the check session; its findings replace this editor's previous annotations. While live
 * annotations are shown, the builder's markers of the same file (which describe the saved text) are
 * hidden in the editor; the Problems view keeps them.
 */
public class ValidationReconciler extends MonoReconciler {

	public static final String ERROR_TYPE = "org.goldthread.ui.error";
	public static final String WARNING_TYPE = "org.goldthread.ui.warning";
	public static final String INFO_TYPE = "org.goldthread.ui.info";

	/**
	 * One completed validation: how long it took (parse, link, validate), for which document state,
	 * and the check session's report (findings, the engine's coverage, the verdict), which the
	 * Coverage view shows instead of running the engine again.
	 */
	public record Run(IDocument document, long modificationStamp, long nanos, int issues, ConformanceReport report) {
	}

	private static final List<Consumer<Run>> RUN_LISTENERS = new CopyOnWriteArrayList<>();

	/** A completed validation's report, for the document state it describes. */
	private record Checked(long modificationStamp, ConformanceReport report) {
	}

	/**
	 * The last completed validation of each open document, weakly held (the value does not refer to
	 * the document, so a closed editor's document and its report go).
	 */
	private static final Map<IDocument, Checked> LAST = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

	/**
	 * The check session's report of the last completed live validation of {@code document}, if it
	 * describes the document's current text (same modification stamp), else null.
	 */
	public static ConformanceReport currentReport(IDocument document) {
		Checked last = document == null ? null : LAST.get(document);
		if (last == null || last.report() == null) {
			return null;
		}
		long stamp = document instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		return stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP && stamp == last.modificationStamp() ? last.report() : null;
	}

	/** Hears every completed live validation (the Coverage view, tests, measurements). */
	public static void addRunListener(Consumer<Run> listener) {
		RUN_LISTENERS.add(listener);
	}

	public static void removeRunListener(Consumer<Run> listener) {
		RUN_LISTENERS.remove(listener);
	}

	private final Strategy strategy;
	private final Consumer<IProject> modelListener = this::modelChanged;

	public ValidationReconciler() {
		this(new Strategy());
	}

	private ValidationReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(300);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.viewer = textViewer;
		super.install(textViewer);
		ModelManager.get().addListener(modelListener);
	}

	@Override
	public void uninstall() {
		ModelManager.get().removeListener(modelListener);
		super.uninstall();
	}

	/** True once the first validation of the editor's document was started. */
	private boolean initialStarted;

	/**
	 * The first validation, when the editor opens, starts at once: the delay is for letting the
	 * user finish typing, and nothing is typed yet. (The reconciler's background job would otherwise
	 * wait its delay before its initial process.) Later starts, and every change, wait the delay as
	 * before; the initial process runs once, so the text is not validated twice.
	 */
	@Override
	protected synchronized void startReconciling() {
		super.startReconciling();
		if (!initialStarted && getDocument() != null) {
			initialStarted = true;
			signalWaitForFinish();
		}
	}

	/** A file of this document's project changed (a framework saved, a settings file edited): check again. */
	private void modelChanged(IProject project) {
		ITextViewer viewer = strategy.viewer;
		IDocument document = viewer == null ? null : viewer.getDocument();
		if (document == null) {
			return;
		}
		IFile file = WorkspaceFiles.fileOf(document);
		if (project == null || file == null || project.equals(file.getProject())) {
			forceReconciling();
		}
	}

	/** A live problem annotation; keeps the issue (rule id, data) for hovers and quick fixes. */
	public static class IssueAnnotation extends Annotation {
		private final Issue issue;

		IssueAnnotation(Issue issue) {
			super(type(issue.getSeverity()), false, issue.getMessage());
			this.issue = issue;
		}

		public Issue getIssue() {
			return issue;
		}

		public String getRuleId() {
			return issue.getCode();
		}

		public String getFrameworkElementId() {
			return FindingMapper.frameworkElementId(issue.getData());
		}

		public String getFixHint() {
			return FindingMapper.fixHint(issue.getData());
		}

		private static String type(Severity severity) {
			return switch (severity) {
				case ERROR -> ERROR_TYPE;
				case WARNING -> WARNING_TYPE;
				default -> INFO_TYPE;
			};
		}
	}

	static class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private IDocument document;
		private volatile ITextViewer viewer;
		private IProgressMonitor monitor;
		private List<Annotation> current = new ArrayList<>();
		private IAnnotationModel listenedModel;
		/** Markers created by a build after the last live validation are hidden as soon as they appear. */
		private final org.eclipse.jface.text.source.IAnnotationModelListener markerHider = Strategy::hideBuilderMarkers;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			validate();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			validate();
		}

		@Override
		public void reconcile(IRegion partition) {
			validate();
		}

		private void validate() {
			IDocument doc = document;
			if (doc == null || !(viewer instanceof ISourceViewer sourceViewer)) {
				return;
			}
			IAnnotationModel model = sourceViewer.getAnnotationModel();
			if (model == null) {
				return;
			}
			long stamp = doc instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : 0;
			long start = System.nanoTime();
			CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
			List<Issue> issues;
			ConformanceReport[] report = new ConformanceReport[1];
			try {
				issues = ModelManager.get().read(doc, resource -> {
					report[0] = GoldthreadLanguage.session().check(resource, cancel);
					return CheckSession.issues(report[0], resource);
				});
			} catch (org.eclipse.xtext.service.OperationCanceledError e) {
				return; // cancelled by the next keystroke or by closing the editor (an Error: it would end the reconciler's thread)
			} catch (Exception | LinkageError e) {
				if (!cancel.isCanceled()) {
					GoldthreadUiPlugin.log("Goldthread: live validation failed (the text is not affected)", e);
				}
				return;
			}
			long nanos = System.nanoTime() - start;
			if (cancel.isCanceled() || issues == null) {
				return;
			}
			Map<Annotation, Position> added = new HashMap<>();
			int length = doc.getLength();
			for (Issue issue : issues) {
				int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), length));
				int issueLength = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), length - offset));
				added.put(new IssueAnnotation(issue), new Position(offset, issueLength));
			}
			Object lock = model instanceof ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : this;
			synchronized (lock) {
				if (model instanceof IAnnotationModelExtension extension) {
					extension.replaceAnnotations(current.toArray(Annotation[]::new), added);
				} else {
					current.forEach(model::removeAnnotation);
					added.forEach(model::addAnnotation);
				}
				current = new ArrayList<>(added.keySet());
				hideBuilderMarkers(model);
			}
			if (listenedModel != model) {
				if (listenedModel != null) {
					listenedModel.removeAnnotationModelListener(markerHider);
				}
				model.addAnnotationModelListener(markerHider);
				listenedModel = model;
			}
			Run run = new Run(doc, stamp, nanos, issues.size(), report[0]);
			LAST.put(doc, new Checked(stamp, report[0]));
			for (Consumer<Run> listener : RUN_LISTENERS) {
				try {
					listener.accept(run);
				} catch (RuntimeException e) {
					GoldthreadUiPlugin.log("Goldthread: a validation listener failed", e);
				}
			}
		}

		/** The builder's markers describe the saved file; the live annotations describe the text being edited. */
		private static void hideBuilderMarkers(IAnnotationModel model) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation annotation) {
					IMarker marker = annotation.getMarker();
					try {
						if (marker.exists() && marker.isSubtypeOf(GoldthreadMarkers.PROBLEM)) {
							annotation.markDeleted(true);
						}
					} catch (CoreException e) {
						// marker gone meanwhile
					}
				}
			}
		}
	}
}
