package org.goldthread.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.goldthread.model.support.Ids;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.conformance.ShippedFrameworkHandler;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Ctrl+click (and F3) on a reference opens the element's definition: in another file of the
 * project, or in a shipped curriculum (opened read-only). Resolution uses Xtext's
 * EObjectAtOffsetHelper and ILocationInFileProvider, as the language server's "go to definition".
 */
public class GoldthreadHyperlinkDetector extends AbstractHyperlinkDetector {

	/** A link to an element's id in a file or a shipped framework. */
	public static final class Link implements IHyperlink {
		private final IRegion region;
		private final URI target;
		private final ITextRegion targetRegion;
		private final String label;

		Link(IRegion region, URI target, ITextRegion targetRegion, String label) {
			this.region = region;
			this.target = target;
			this.targetRegion = targetRegion;
			this.label = label;
		}

		public URI getTarget() {
			return target;
		}

		public ITextRegion getTargetRegion() {
			return targetRegion;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Goldthread reference";
		}

		@Override
		public String getHyperlinkText() {
			return label;
		}

		@Override
		public void open() {
			openElement(target, targetRegion);
		}
	}

	/** Opens a document (a workspace file, or a shipped curriculum or framework read-only) with a region selected. */
	public static void openElement(URI target, ITextRegion targetRegion) {
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IEditorPart editor;
			IFile file = WorkspaceFiles.fileOf(target);
			if (file != null) {
				editor = IDE.openEditor(page, file);
			} else if (ShippedFrameworkHandler.isShipped(target)) {
				editor = IDE.openEditor(page, new ShippedFrameworkEditorInput(target.lastSegment()),
						"org.eclipse.ui.genericeditor.GenericEditor");
				if (editor instanceof ITextEditor text) {
					IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
					if (document != null) {
						ModelManager.get().registerDocument(document, target);
					}
				}
			} else {
				return;
			}
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(targetRegion.getOffset(), targetRegion.getLength());
			}
		} catch (PartInitException e) {
			GoldthreadUiPlugin.log("Goldthread: cannot open " + target, e);
		}
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
		if (!ModelManager.get().isGoldthreadDocument(textViewer.getDocument())) {
			return null; // the generic editor asks every detector, for every kind of file
		}
		Link link = find(textViewer.getDocument(), region.getOffset());
		return link == null ? null : new IHyperlink[] { link };
	}

	/** The link at {@code offset}, or null. */
	public static Link find(IDocument document, int offset) {
		if (document == null) {
			return null;
		}
		try {
			return ModelManager.get().readWithin(document, 150, resource -> {
				EObjectAtOffsetHelper helper = GoldthreadLanguage.get(EObjectAtOffsetHelper.class);
				INode node = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
				if (node == null) {
					return null;
				}
				EObject target = helper.getCrossReferencedElement(node);
				if (target == null || target.eIsProxy() || target.eResource() == null) {
					return null;
				}
				ITextRegion targetRegion = GoldthreadLanguage.get(ILocationInFileProvider.class).getSignificantTextRegion(target);
				URI uri = target.eResource().getURI();
				String id = Ids.relativeId(target);
				return new Link(new Region(node.getOffset(), node.getLength()), uri, targetRegion,
						"Open '" + (id == null ? "" : id) + "' in " + uri.lastSegment());
			});
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: hyperlink detection failed", e);
			return null;
		}
	}
}
