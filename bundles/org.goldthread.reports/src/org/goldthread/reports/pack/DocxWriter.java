package org.goldthread.reports.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.goldthread.reports.RenderContext;
import org.goldthread.reports.data.XmlText;
import org.goldthread.reports.pack.PackDocument.Block;
import org.goldthread.reports.pack.PackDocument.Bullets;
import org.goldthread.reports.pack.PackDocument.Heading;
import org.goldthread.reports.pack.PackDocument.Para;
import org.goldthread.reports.pack.PackDocument.Row;
import org.goldthread.reports.pack.PackDocument.Table;

/**
 * The submission pack as a Word document (.docx, WordprocessingML of ISO/IEC 29500), written
 * directly as a small zip of XML parts, as {@link org.goldthread.reports.xlsx.XlsxWriter} writes
 * workbooks: Apache POI's XWPF with its XMLBeans schemas would add some 15 MB and bundles without
 * OSGi manifests to the product for a document of headings, paragraphs and tables.
 *
 * <p>Accessible as Word checks it: a title in the document properties, the language (en-GB) on
 * every run by default, real heading styles (Heading 1 and 2, so the navigation pane and a screen
 * reader list the sections), tables with a caption ({@code tblCaption}) and a repeating header row
 * ({@code tblHeader}), and rows showing a requirement not met say so in words as well as in shading.
 * Byte-stable: fixed zip dates, no creation time unless the context names one.
 */
final class DocxWriter {

	/** Text width of an A4 landscape page with 2 cm margins, in twentieths of a point. */
	private static final int TEXT_WIDTH = 16838 - 2 * 1134;

	private DocxWriter() {
	}

	static byte[] write(PackDocument doc, RenderContext context) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", CONTENT_TYPES);
			entry(zip, "_rels/.rels", RELS);
			entry(zip, "docProps/core.xml", core(doc, context));
			entry(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
			entry(zip, "word/styles.xml", STYLES);
			entry(zip, "word/settings.xml", SETTINGS);
			entry(zip, "word/document.xml", document(doc));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory: does not happen
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0)); // no clock: the same pack gives the same bytes
		zip.putNextEntry(entry);
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String core(PackDocument doc, RenderContext context) {
		StringBuilder b = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
				xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">""");
		b.append("<dc:title>").append(escape(doc.title())).append("</dc:title>");
		b.append("<dc:creator>Goldthread ").append(escape(context.toolVersion())).append("</dc:creator>");
		b.append("<dc:language>en-GB</dc:language>");
		if (context.generated() != null) {
			b.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(escape(context.generated())).append("</dcterms:created>");
		}
		return b.append("</cp:coreProperties>").toString();
	}

	static String document(PackDocument doc) {
		StringBuilder b = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
		paragraph(b, "Title", null, doc.title());
		for (Block block : doc.blocks()) {
			switch (block) {
				case Heading h -> paragraph(b, h.level() == 1 ? "Heading1" : "Heading2", null, h.text());
				case Para p -> paragraph(b, null, p.label(), p.text());
				case Bullets list -> list.items().forEach(item -> paragraph(b, "ListParagraph", null, "• " + item));
				case Table t -> table(b, t);
			}
		}
		b.append("<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
				+ "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>");
		return b.append("</w:body></w:document>").toString();
	}

	private static void paragraph(StringBuilder b, String style, String boldLabel, String text) {
		b.append("<w:p>");
		if (style != null) {
			b.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
		}
		if (boldLabel != null) {
			run(b, boldLabel + " ", true);
		}
		run(b, text, false);
		b.append("</w:p>");
	}

	private static void run(StringBuilder b, String text, boolean bold) {
		b.append("<w:r>");
		if (bold) {
			b.append("<w:rPr><w:b/></w:rPr>");
		}
		b.append("<w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
	}

	private static void table(StringBuilder b, Table t) {
		paragraph(b, "Caption", null, t.caption());
		int columns = t.header().size();
		b.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
				.append("<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
				.append("<w:tblCaption w:val=\"").append(escape(t.caption())).append("\"/></w:tblPr><w:tblGrid>");
		for (int i = 0; i < columns; i++) {
			b.append("<w:gridCol w:w=\"").append(TEXT_WIDTH / columns).append("\"/>");
		}
		b.append("</w:tblGrid>");
		b.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
		for (String h : t.header()) {
			cell(b, h, true, "F1EDE2");
		}
		b.append("</w:tr>");
		for (Row r : t.rows()) {
			b.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
			for (int i = 0; i < columns; i++) {
				String text = i < r.cells().size() ? r.cells().get(i) : "";
				cell(b, text, i == 0, r.warn() ? "FFF5DC" : null);
			}
			b.append("</w:tr>");
		}
		b.append("</w:tbl>");
		paragraph(b, null, null, "");
	}

	private static void cell(StringBuilder b, String text, boolean bold, String fill) {
		b.append("<w:tc>");
		if (fill != null) {
			b.append("<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/></w:tcPr>");
		}
		b.append("<w:p>");
		run(b, text, bold);
		b.append("</w:p></w:tc>");
	}

	private static String escape(String text) {
		String clean = XmlText.clean(text);
		StringBuilder b = new StringBuilder(clean.length());
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
				case '&' -> b.append("&amp;");
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '"' -> b.append("&quot;");
				case '\r', '\n', '\t' -> b.append(' ');
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
			<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
			<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
			<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
			</Types>""";

	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
			<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
			</Relationships>""";

	private static final String DOCUMENT_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
			<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
			</Relationships>""";

	private static final String SETTINGS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
			<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
			<w:themeFontLang w:val="en-GB"/></w:settings>""";

	/** Normal (10 pt, en-GB), Title, Heading 1 and 2 (with outline levels), Caption, List Paragraph and a grid table style. */
	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
			<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
			<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
			<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
			<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
			<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
			<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>\
			<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
			<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
			<w:rPr><w:b/><w:color w:val="1A1A1A"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>\
			<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
			<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>\
			<w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
			<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
			<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="333333"/></w:rPr></w:style>\
			<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>\
			<w:pPr><w:ind w:left="360"/></w:pPr></w:style>\
			<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
			<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>\
			</w:tblPr></w:style>\
			<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr>\
			<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/>\
			<w:bottom w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/>\
			<w:insideH w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A0A0A0"/></w:tblBorders>\
			</w:tblPr></w:style>\
			</w:styles>""";
}
