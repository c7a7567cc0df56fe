package org.goldthread.reports.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * The submission pack as a plain document: headings, paragraphs, lists and tables of text, in order.
 * The HTML page, the PDF and the Word file are written from this one model, so they say the same.
 *
 * @param title the document's title (also its metadata title)
 * @param blocks the content, in reading order
 */
public record PackDocument(String title, List<Block> blocks) {

	/** One piece of content. */
	public sealed interface Block permits Heading, Para, Bullets, Table {
	}

	/** A heading of level 1 (the document's sections) or 2 (their parts), with an anchor id. */
	public record Heading(int level, String id, String text) implements Block {
	}

	/** A paragraph; {@code label}, when not null, is set in bold before the text. */
	public record Para(String label, String text) implements Block {
	}

	/** A bulleted list. */
	public record Bullets(List<String> items) implements Block {
	}

	/**
	 * A table with a header row; the first cell of each row heads the row. {@code caption} names the
	 * table (for screen readers and the Word caption). {@code warn} marks rows that need a panel's
	 * attention (a requirement not met), which every format shows in words as well as in colour.
	 */
	public record Table(String caption, List<String> header, List<Row> rows) implements Block {
	}

	/** A table row; {@code warn} when it shows a requirement not met. */
	public record Row(List<String> cells, boolean warn) {
		public Row(String... cells) {
			this(List.of(cells), false);
		}
	}

	/** Builds a document block by block. */
	static final class Builder {
		private final String title;
		private final List<Block> blocks = new ArrayList<>();

		Builder(String title) {
			this.title = title;
		}

		Builder heading(int level, String id, String text) {
			blocks.add(new Heading(level, id, text));
			return this;
		}

		Builder para(String text) {
			blocks.add(new Para(null, text));
			return this;
		}

		Builder para(String label, String text) {
			blocks.add(new Para(label, text));
			return this;
		}

		Builder bullets(List<String> items) {
			if (!items.isEmpty()) {
				blocks.add(new Bullets(List.copyOf(items)));
			}
			return this;
		}

		Builder table(String caption, List<String> header, List<Row> rows) {
			blocks.add(new Table(caption, List.copyOf(header), List.copyOf(rows)));
			return this;
		}

		PackDocument build() {
			return new PackDocument(title, List.copyOf(blocks));
		}
	}

	/** The level-1 headings, in order: the pack's sections (the PDF's bookmarks, the HTML's contents). */
	public List<Heading> sections() {
		return blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1).map(b -> (Heading) b).toList();
	}
}
