package org.goldthread.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.FilteredItemsSelectionDialog;
import org.eclipse.ui.dialogs.SearchPattern;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.model.Identified;
import org.goldthread.model.Item;
import org.goldthread.model.support.Ids;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.ProjectModel;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Open Element (Ctrl+Shift+F3): every element with an id of the shipped curricula and frameworks and
 * of the workspace's Goldthread files (themes, objectives, threads, assessments, modules, sessions,
 * courses ...), filtered as you type (prefix, camel case, * and ?); opens the element's document with
 * its id selected.
 */
public class OpenElementDialog extends FilteredItemsSelectionDialog {

	/** An element: its id in its document, kind, text or title, document and the place of its name. */
	public record Element(String id, String kind, String text, URI uri, int offset, int length) {

		public String label() {
			return id + " – " + kind + (text == null || text.isBlank() ? "" : ": " + text) + " (" + uri.lastSegment() + ")";
		}
	}

	private static final String SETTINGS = "org.goldthread.ui.openElement";

	public OpenElementDialog(Shell shell) {
		super(shell, false);
		setTitle("Open Goldthread Element");
		setMessage("Id or pattern (* = any string, ? = any character; camel case: lSAO):");
		LabelProvider labels = new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Element e ? e.label() : super.getText(element);
			}
		};
		setListLabelProvider(labels);
		setDetailsLabelProvider(labels);
	}

	/** Every element of the shipped documents and of the workspace's Goldthread files. */
	public static List<Element> allElements() {
		List<Element> result = new ArrayList<>();
		Set<URI> seen = new LinkedHashSet<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				continue;
			}
			List<IFile> files = WorkspaceFiles.goldthreadFiles(project);
			try {
				ProjectModel model = ModelManager.get().forProject(project);
				model.readFiles(files, resources -> {
					resources.forEach(r -> collect(r, seen, result));
					return null;
				});
				for (ProjectModel.FrameworkEntry framework : model.frameworks()) {
					if (!seen.contains(framework.uri())) {
						model.withResource(framework.uri(), r -> {
							collect(r, seen, result);
							return null;
						});
					}
				}
			} catch (Exception e) {
				GoldthreadUiPlugin.warn("Goldthread: cannot list the elements of " + project.getName(), e);
			}
		}
		result.sort(Comparator.comparing(Element::id).thenComparing(e -> e.uri().toString()));
		return result;
	}

	private static void collect(XtextResource resource, Set<URI> seen, List<Element> into) {
		if (!seen.add(resource.getURI())) {
			return;
		}
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Identified identified && identified.getName() != null) {
				String id = Ids.relativeId(element);
				INode name = ElementReferences.nameNode(element);
				if (id != null && name != null) {
					into.add(new Element(id, ElementReferences.kindOf(element), textOf(element), resource.getURI(), name.getOffset(),
							name.getLength()));
				}
			}
		}
	}

	private static String textOf(EObject element) {
		if (element instanceof Item item) {
			return item.getText();
		}
		var title = element.eClass().getEStructuralFeature("title");
		return title == null ? null : (String) element.eGet(title);
	}

	@Override
	protected Control createExtendedContentArea(Composite parent) {
		return null;
	}

	@Override
	protected IDialogSettings getDialogSettings() {
		IDialogSettings root = GoldthreadUiPlugin.getDefault().getDialogSettings();
		IDialogSettings section = root.getSection(SETTINGS);
		return section != null ? section : root.addNewSection(SETTINGS);
	}

	@Override
	protected IStatus validateItem(Object item) {
		return Status.OK_STATUS;
	}

	@Override
	protected ItemsFilter createFilter() {
		return new ItemsFilter(new SearchPattern(SearchPattern.RULE_EXACT_MATCH | SearchPattern.RULE_PREFIX_MATCH
				| SearchPattern.RULE_PATTERN_MATCH | SearchPattern.RULE_CAMELCASE_MATCH | SearchPattern.RULE_BLANK_MATCH)) {
			@Override
			public boolean matchItem(Object item) {
				if (!(item instanceof Element e)) {
					return false;
				}
				if (matches(e.id())) {
					return true;
				}
				int dot = e.id().lastIndexOf('.');
				return dot >= 0 && matches(e.id().substring(dot + 1));
			}

			@Override
			public boolean isConsistentItem(Object item) {
				return true;
			}
		};
	}

	@Override
	protected Comparator<Object> getItemsComparator() {
		return Comparator.comparing(o -> ((Element) o).label());
	}

	@Override
	protected void fillContentProvider(AbstractContentProvider contentProvider, ItemsFilter itemsFilter, IProgressMonitor progressMonitor)
			throws CoreException {
		for (Element element : allElements()) {
			contentProvider.add(element, itemsFilter);
		}
		progressMonitor.done();
	}

	@Override
	public String getElementName(Object item) {
		return item instanceof Element e ? e.id() : null;
	}

	/** Opens an element's document with its id selected. */
	public static void open(Element element) {
		org.goldthread.ui.editor.GoldthreadHyperlinkDetector.openElement(element.uri(),
				new org.eclipse.xtext.util.TextRegion(element.offset(), element.length()));
	}
}
