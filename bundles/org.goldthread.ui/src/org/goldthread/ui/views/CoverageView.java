package org.goldthread.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.conformance.CoverageRules;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.editor.EditorEdits;
import org.goldthread.ui.editor.GoldthreadColors;
import org.goldthread.ui.editor.ValidationReconciler;
import org.goldthread.ui.model.ModelManager;

/**
 * The Coverage view: the active course's learning objectives × sessions (the strength of each
 * claim, the objective's status), and its golden threads × teaching days; filters "only not
 * covered" and per theme; a click on a cell selects the claim (or session) in the editor.
 * Follows the active editor and its edits.
 */
public class CoverageView extends ViewPart {

	public static final String ID = "org.goldthread.ui.coverageView";

	private static final RGB COVERED = new RGB(200, 235, 200);
	private static final RGB PARTLY = new RGB(250, 230, 170);
	private static final RGB GAP = new RGB(225, 225, 225);
	private static final RGB NOT_COVERED = new RGB(245, 190, 185);
	private static final RGB THEME = new RGB(238, 238, 245);

	private Label summary;
	private Button onlyNotCovered;
	private Combo theme;
	private Table objectives;
	private Table threads;
	private TabFolder tabs;

	private ITextEditor editor;
	private IDocument document;
	private volatile CoverageData data;
	private final List<CoverageData.ObjectiveRow> shownRows = new ArrayList<>();
	/** What each item of the objectives table is: a theme heading (String, the theme id) or an objective row. */
	private final List<Object> items = new ArrayList<>();
	/** The column the objectives are sorted by within their theme (0 id, 1 status, 2 text; -1 course order), and the direction. */
	private int sortColumn = -1;
	private boolean sortUp = true;

	/** How long after a change the view checks the text itself when no live validation has reported it. */
	private static final long FALLBACK_DELAY = 5_000;

	/** When the followed document last changed (System.nanoTime; long ago when it has not). */
	private volatile long lastChange = System.nanoTime() - 3_600_000_000_000L;

	/** How many times the view showed a live validation's report instead of checking (tests). */
	private volatile int liveReportsShown;

	private final Job job = Job.create("Goldthread coverage", monitor -> {
		IDocument doc = document;
		if (doc == null) {
			return Status.OK_STATUS;
		}
		try {
			// the editor's live validation has usually just checked this text: show its report's coverage
			// (the engine ran once); only a text no validation has finished for yet is checked here
			boolean[] waiting = new boolean[1];
			CoverageData computed = ModelManager.get().read(doc, resource -> {
				ConformanceReport live = ValidationReconciler.currentReport(doc);
				if (live != null) {
					liveReportsShown++;
					return CoverageData.of(live);
				}
				if (System.nanoTime() - lastChange < FALLBACK_DELAY / 2 * 1_000_000L) {
					waiting[0] = true; // the text changed a moment ago: its live validation is on the way
					return null;
				}
				return CoverageData.of(resource);
			});
			if (waiting[0]) {
				return Status.OK_STATUS;
			}
			if (!monitor.isCanceled() && objectives != null && !objectives.isDisposed()) {
				// the same coverage again (the editor activated twice, a change that moved nothing) keeps the tables as they are
				objectives.getDisplay().asyncExec(() -> {
					if (!java.util.Objects.equals(computed, data)) {
						show(computed);
					}
				});
			}
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: coverage not available", e);
		}
		return (IStatus) Status.OK_STATUS;
	});

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			lastChange = System.nanoTime();
			// the editor's validation of the new text brings the report (runListener); this is the
			// fallback for a text whose validation does not finish (a slower check is cancelled by typing)
			job.cancel();
			job.schedule(FALLBACK_DELAY);
		}
	};

	/** A live validation of the followed document finished: show its coverage now. */
	private final java.util.function.Consumer<ValidationReconciler.Run> runListener = run -> {
		if (run.document() == document && run.report() != null) {
			job.cancel();
			job.schedule();
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (part instanceof IEditorPart editorPart) {
				follow(editorPart);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		job.setSystem(true);
		parent.setLayout(new GridLayout(4, false));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText("Open a course to see its coverage.");
		onlyNotCovered = new Button(parent, SWT.CHECK);
		onlyNotCovered.setText("Only not covered");
		onlyNotCovered.addListener(SWT.Selection, e -> show(data));
		new Label(parent, SWT.NONE).setText("Theme:");
		theme = new Combo(parent, SWT.READ_ONLY);
		GridData themeData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		themeData.widthHint = 220; // the themes' long titles would push the summary out of the view
		theme.setLayoutData(themeData);
		theme.add("All themes");
		theme.select(0);
		theme.addListener(SWT.Selection, e -> show(data));
		tabs = new TabFolder(parent, SWT.NONE);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		objectives = table(tabs, "Objectives × sessions");
		threads = table(tabs, "Golden threads × days");
		objectives.addListener(SWT.MouseDown, e -> clickObjectives(new Point(e.x, e.y)));
		objectives.addListener(SWT.MouseDoubleClick, e -> clickObjectives(new Point(e.x, e.y)));
		objectives.addListener(SWT.MouseHover, e -> objectives.setToolTipText(tooltipAt(new Point(e.x, e.y))));
		threads.addListener(SWT.MouseDown, e -> clickThreads(new Point(e.x, e.y)));
		getSite().getPage().addPartListener(partListener);
		ValidationReconciler.addRunListener(runListener);
		follow(getSite().getPage().getActiveEditor());
	}

	private static Table table(TabFolder tabs, String title) {
		TabItem tab = new TabItem(tabs, SWT.NONE);
		tab.setText(title);
		Table table = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		tab.setControl(table);
		return table;
	}

	/** Shows the coverage of an editor's course (null: none). */
	void follow(IEditorPart part) {
		ITextEditor next = part instanceof ITextEditor text && ModelManager.get().isGoldthreadDocument(EditorEdits.documentOf(text)) ? text : null;
		if (next == null && part != null) {
			return; // another kind of editor: keep showing the last course
		}
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		editor = next;
		document = next == null ? null : EditorEdits.documentOf(next);
		lastChange = System.nanoTime() - 3_600_000_000_000L;
		if (document != null) {
			document.addDocumentListener(documentListener);
			job.schedule();
		} else {
			show(null);
		}
	}

	/** How many times the view showed the editor's live report instead of running the engine itself (tests). */
	public int liveReportsShown() {
		return liveReportsShown;
	}

	/** The data shown (tests). */
	public CoverageData data() {
		return data;
	}

	/** The rows shown after filtering (tests). */
	public List<CoverageData.ObjectiveRow> shownRows() {
		return List.copyOf(shownRows);
	}

	public void setOnlyNotCovered(boolean only) {
		onlyNotCovered.setSelection(only);
		show(data);
	}

	/** Selects a theme filter by its id, or all themes for null. */
	public void setTheme(String themeId) {
		theme.select(0);
		if (themeId != null) {
			for (int i = 1; i < theme.getItemCount(); i++) {
				if (theme.getItem(i).startsWith(themeId + " – ")) {
					theme.select(i);
				}
			}
		}
		show(data);
	}

	private void show(CoverageData newData) {
		if (objectives == null || objectives.isDisposed()) {
			return;
		}
		data = newData;
		objectives.setRedraw(false);
		threads.setRedraw(false);
		try {
			objectives.removeAll();
			threads.removeAll();
			for (TableColumn c : objectives.getColumns()) {
				c.dispose();
			}
			for (TableColumn c : threads.getColumns()) {
				c.dispose();
			}
			shownRows.clear();
			items.clear();
			if (newData == null) {
				summary.setText(document == null ? "Open a course to see its coverage." : "Not a course with a known framework.");
				return;
			}
			String selectedTheme = theme.getSelectionIndex() > 0 ? theme.getItem(theme.getSelectionIndex()) : null;
			theme.setItems(concat("All themes", newData.themes()));
			theme.select(selectedTheme == null ? 0 : Math.max(0, theme.indexOf(selectedTheme)));
			String themeId = theme.getSelectionIndex() > 0 ? theme.getItem(theme.getSelectionIndex()).split(" – ")[0] : null;
			long covered = newData.objectives().stream().filter(r -> r.status() == CoverageRules.Status.COVERED).count();
			summary.setText(newData.courseId() + ": " + covered + " of " + newData.objectives().size() + " objectives covered, "
					+ newData.sessions().size() + " sessions, " + newData.days().size() + " teaching days");
			summary.setToolTipText(summary.getText());
			summary.getParent().layout();
			column(objectives, "Objective", 200, null, 0);
			column(objectives, "Status", 95, null, 1);
			column(objectives, "Text", 300, null, 2);
			for (CoverageData.SessionColumn s : newData.sessions()) {
				column(objectives, s.label(), 38, s.title(), -1);
			}
			items.clear();
			java.util.Map<String, List<CoverageData.ObjectiveRow>> byTheme = new java.util.LinkedHashMap<>();
			for (CoverageData.ObjectiveRow row : newData.objectives()) {
				byTheme.computeIfAbsent(row.themeId(), k -> new ArrayList<>()).add(row);
			}
			for (var entry : byTheme.entrySet()) {
				List<CoverageData.ObjectiveRow> rows = entry.getValue();
				List<CoverageData.ObjectiveRow> shown = new ArrayList<>();
				for (CoverageData.ObjectiveRow row : rows) {
					if (onlyNotCovered.getSelection() && row.status() == CoverageRules.Status.COVERED
							|| themeId != null && !themeId.equals(row.themeId())) {
						continue;
					}
					shown.add(row);
				}
				if (shown.isEmpty()) {
					continue;
				}
				if (sortColumn >= 0) {
					java.util.Comparator<CoverageData.ObjectiveRow> order = switch (sortColumn) {
						case 1 -> java.util.Comparator.comparing(r -> r.status().ordinal());
						case 2 -> java.util.Comparator.comparing(r -> r.text() == null ? "" : r.text().toLowerCase(java.util.Locale.ROOT));
						default -> java.util.Comparator.comparing(CoverageData.ObjectiveRow::id);
					};
					shown.sort(sortUp ? order : order.reversed());
				}
				long themeCovered = rows.stream().filter(r -> r.status() == CoverageRules.Status.COVERED).count();
				int percent = (int) Math.round(100.0 * themeCovered / rows.size());
				TableItem heading = new TableItem(objectives, SWT.NONE);
				heading.setText(0, entry.getKey());
				heading.setText(1, percent + "% (" + themeCovered + "/" + rows.size() + ")");
				heading.setText(2, rows.get(0).themeTitle() == null ? "" : rows.get(0).themeTitle());
				heading.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
				heading.setBackground(GoldthreadColors.color(THEME));
				heading.setBackground(1, GoldthreadColors.color(percent == 100 ? COVERED : percent >= 50 ? PARTLY : NOT_COVERED));
				items.add(entry.getKey());
				for (CoverageData.ObjectiveRow row : shown) {
					shownRows.add(row);
					items.add(row);
					TableItem item = new TableItem(objectives, SWT.NONE);
					item.setText(0, row.id());
					item.setText(1, label(row.status()));
					item.setText(2, row.text() == null ? "" : row.text());
					item.setBackground(1, GoldthreadColors.color(color(row.status())));
					row.cells().forEach((column, cell) -> {
						StrengthShade shade = StrengthShade.of(cell.strength());
						item.setText(3 + column, shade.letter());
						item.setBackground(3 + column, GoldthreadColors.color(shade.background()));
						item.setForeground(3 + column, GoldthreadColors.color(shade.foreground()));
					});
				}
			}
			objectives.getColumn(0).pack();
			objectives.getColumn(0).setWidth(Math.max(160, objectives.getColumn(0).getWidth() + 8));
			if (sortColumn >= 0) {
				objectives.setSortColumn(objectives.getColumn(sortColumn));
				objectives.setSortDirection(sortUp ? SWT.UP : SWT.DOWN);
			}
			column(threads, "Golden thread", 230, null, -1);
			for (Integer day : newData.days()) {
				column(threads, "Day " + day, 50, null, -1);
			}
			for (CoverageData.ThreadRow row : newData.threads()) {
				TableItem item = new TableItem(threads, SWT.NONE);
				item.setText(0, row.id() + " – " + row.title());
				row.days().forEach((dayIndex, sessions) -> {
					item.setText(1 + dayIndex, String.valueOf(sessions.size()));
					item.setBackground(1 + dayIndex, GoldthreadColors.color(COVERED));
				});
			}
		} finally {
			objectives.setRedraw(true);
			threads.setRedraw(true);
		}
	}

	private static String[] concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all.toArray(String[]::new);
	}

	private void column(Table table, String text, int width, String tooltip, int sortKey) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
		if (tooltip != null) {
			column.setToolTipText(tooltip);
		}
		if (sortKey >= 0) {
			column.addListener(SWT.Selection, e -> sortBy(sortKey));
		}
	}

	/** Sorts the objectives of each theme by a column (0 id, 1 status, 2 text; -1: course order); the same column again: the other way. */
	public void sortBy(int column) {
		if (column < 0) {
			sortColumn = -1;
			sortUp = true;
			show(data);
			return;
		}
		sortUp = column != sortColumn || !sortUp;
		sortColumn = column;
		show(data);
	}

	/** The table's rows as shown, theme headings included ("theme:" + id, or the objective id) (tests). */
	public List<String> shownItems() {
		List<String> result = new ArrayList<>();
		for (Object item : items) {
			result.add(item instanceof String theme ? "theme:" + theme : ((CoverageData.ObjectiveRow) item).id());
		}
		return result;
	}

	/** The objectives table (tests, screenshots). */
	public Table objectivesTable() {
		return objectives;
	}

	private String tooltipAt(Point point) {
		TableItem item = itemAt(objectives, point);
		if (item == null) {
			return null;
		}
		Object row = items.get(objectives.indexOf(item));
		if (row instanceof CoverageData.ObjectiveRow objective) {
			for (int column = objectives.getColumnCount() - 1; column >= 3; column--) {
				if (item.getBounds(column).contains(point)) {
					CoverageData.SessionColumn session = data.sessions().get(column - 3);
					CoverageData.Cell cell = objective.cells().get(column - 3);
					return session.label() + " " + session.title() + (cell == null ? "" : ": " + StrengthShade.of(cell.strength()).word());
				}
			}
			return objective.id() + ": " + objective.text();
		}
		return null;
	}

	private static String label(CoverageRules.Status status) {
		return switch (status) {
			case COVERED -> "covered";
			case PARTLY -> "partly";
			case GAP -> "justified gap";
			case NOT_COVERED -> "not covered";
		};
	}

	private static RGB color(CoverageRules.Status status) {
		return switch (status) {
			case COVERED -> COVERED;
			case PARTLY -> PARTLY;
			case GAP -> GAP;
			case NOT_COVERED -> NOT_COVERED;
		};
	}

	/** The item under a point of the table (any column, scrolled or not), or null. */
	private static TableItem itemAt(Table table, Point point) {
		// by the items' own bounds, the coordinates mouse events use (Table.getItem(Point) is off by the
		// header on some platforms, and misses cells scrolled out of view)
		for (int i = Math.max(0, table.getTopIndex()); i < table.getItemCount(); i++) {
			TableItem candidate = table.getItem(i);
			org.eclipse.swt.graphics.Rectangle bounds = candidate.getBounds();
			if (point.y >= bounds.y && point.y < bounds.y + bounds.height) {
				return candidate;
			}
			if (bounds.y > point.y) {
				break;
			}
		}
		return null;
	}

	private void clickObjectives(Point point) {
		TableItem item = itemAt(objectives, point);
		if (item == null) {
			return;
		}
		Object row = items.get(objectives.indexOf(item));
		if (!(row instanceof CoverageData.ObjectiveRow objective)) {
			return;
		}
		// the last column whose bounds hold the point (some platforms give the first column the whole row)
		for (int column = objectives.getColumnCount() - 1; column >= 0; column--) {
			if (item.getBounds(column).contains(point)) {
				navigate(shownRows.indexOf(objective), column < 3 ? 0 : column - 1);
				return;
			}
		}
	}

	/**
	 * Selects the source of a cell of the objective {@code row} of {@link #shownRows()} (column 0/1: the
	 * objective's gap; 2 + n: the claim in the n-th session, or the session).
	 */
	public boolean navigate(int row, int column) {
		if (data == null || editor == null || row < 0 || row >= shownRows.size()) {
			return false;
		}
		CoverageData.ObjectiveRow objective = shownRows.get(row);
		if (column >= 2) {
			CoverageData.Cell cell = objective.cells().get(column - 2);
			if (cell != null) {
				return reveal(cell.offset(), cell.length());
			}
			CoverageData.SessionColumn session = data.sessions().get(column - 2);
			return reveal(session.offset(), session.length());
		}
		return objective.gapOffset() >= 0 && reveal(objective.gapOffset(), objective.gapLength());
	}

	private void clickThreads(Point point) {
		TableItem item = threads.getItem(point);
		if (item == null || data == null) {
			return;
		}
		int row = threads.indexOf(item);
		for (int column = 1; column < threads.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				List<CoverageData.Cell> sessions = data.threads().get(row).days().get(column - 1);
				if (sessions != null && !sessions.isEmpty()) {
					reveal(sessions.get(0).offset(), sessions.get(0).length());
				}
				return;
			}
		}
	}

	private boolean reveal(int offset, int length) {
		if (editor == null) {
			return false;
		}
		editor.selectAndReveal(offset, length);
		getSite().getPage().activate(editor);
		return true;
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		ValidationReconciler.removeRunListener(runListener);
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		job.cancel();
		super.dispose();
	}
}
