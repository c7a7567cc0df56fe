package org.goldthread.reports.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.goldthread.reports.html.HtmlReportRenderer;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the overview charts into the PDF as vector graphics: the very SVG the HTML report shows
 * inline (built once, by the HTML renderer's {@code Charts}), carried in an
 * {@code <object type="}{@value HtmlReportRenderer#PDF_CHART_TYPE}{@code ">} whose {@code alt} holds the chart's title and
 * description, so that the tagged PDF has a Figure with its alternative text.
 *
 * <p>It paints the subset of SVG the charts use: {@code rect} (fill, stroke, dashes) and {@code text}
 * (position, anchor, colour, weight, size). Text is drawn as the outlines of the report's own
 * embedded DejaVu glyphs, read with FontBox: no system font and no AWT font machinery is needed, so
 * charts look the same on a server without fonts or a display. Openhtmltopdf's Batik module would
 * draw any SVG, but would add Batik's bundles to every product for three charts.
 */
final class SvgChartDrawer implements FSObjectDrawer {

	private static final double DEFAULT_FONT_SIZE = 13;

	@Override
	public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice outputDevice,
			RenderingContext ctx, int dotsPerPixel) {
		Element svg = child(e, "svg");
		if (svg == null) {
			return null;
		}
		double w = width / dotsPerPixel;
		double h = height / dotsPerPixel;
		outputDevice.drawWithGraphics((float) x, (float) y, (float) w, (float) h, g -> paint(svg, g, w, h));
		return null;
	}

	/** Paints {@code svg} (its viewBox scaled to {@code width} × {@code height}) on {@code g}. */
	static void paint(Element svg, Graphics2D g, double width, double height) {
		double[] box = viewBox(svg);
		g.scale(width / box[2], height / box[3]);
		g.translate(-box[0], -box[1]);
		double fontSize = number(svg, "font-size", DEFAULT_FONT_SIZE);
		for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element mark) {
				switch (mark.getLocalName() == null ? mark.getNodeName() : mark.getLocalName()) {
					case "rect" -> rect(mark, g);
					case "text" -> text(mark, g, fontSize);
					default -> {
						// title, desc: the alternative text, not drawn
					}
				}
			}
		}
	}

	private static void rect(Element r, Graphics2D g) {
		Rectangle2D shape = new Rectangle2D.Double(number(r, "x", 0), number(r, "y", 0), number(r, "width", 0), number(r, "height", 0));
		Color fill = colour(r.getAttribute("fill"), Color.BLACK);
		if (fill != null) {
			g.setColor(fill);
			g.fill(shape);
		}
		Color stroke = colour(r.getAttribute("stroke"), null);
		if (stroke != null) {
			g.setColor(stroke);
			float[] dashes = dashes(r.getAttribute("stroke-dasharray"));
			g.setStroke(dashes == null ? new BasicStroke(1f) : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes, 0f));
			g.draw(shape);
		}
	}

	private static void text(Element t, Graphics2D g, double inheritedSize) {
		StringBuilder s = new StringBuilder();
		for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
				s.append(n.getNodeValue()); // a <title> child is the full label's tooltip, not drawn
			}
		}
		String text = s.toString().strip();
		Glyphs font = "bold".equals(t.getAttribute("font-weight")) ? Glyphs.BOLD : Glyphs.REGULAR;
		if (text.isEmpty() || !font.available()) {
			return;
		}
		double size = number(t, "font-size", inheritedSize);
		GeneralPath outline = new GeneralPath();
		double advance = font.outline(text, size, outline);
		double shift = switch (t.getAttribute("text-anchor")) {
			case "middle" -> advance / 2;
			case "end" -> advance;
			default -> 0; // start
		};
		g.setColor(colour(t.getAttribute("fill"), Color.BLACK));
		g.fill(AffineTransform.getTranslateInstance(number(t, "x", 0) - shift, number(t, "y", 0)).createTransformedShape(outline));
	}

	// ------------------------------------------------------------------ attributes

	private static Element child(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child && name.equals(child.getLocalName() == null ? child.getNodeName() : child.getLocalName())) {
				return child;
			}
		}
		return null;
	}

	private static double[] viewBox(Element svg) {
		String[] parts = svg.getAttribute("viewBox").trim().split("[\\s,]+");
		if (parts.length == 4) {
			try {
				double[] box = new double[4];
				for (int i = 0; i < 4; i++) {
					box[i] = Double.parseDouble(parts[i]);
				}
				if (box[2] > 0 && box[3] > 0) {
					return box;
				}
			} catch (NumberFormatException e) {
				// fall through to the size attributes
			}
		}
		return new double[] { 0, 0, Math.max(1, number(svg, "width", 1)), Math.max(1, number(svg, "height", 1)) };
	}

	private static double number(Element e, String attribute, double otherwise) {
		String value = e.getAttribute(attribute).trim();
		try {
			return value.isEmpty() ? otherwise : Double.parseDouble(value);
		} catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** A colour in the charts' notation ({@code #rrggbb}); null for {@code none}; {@code otherwise} when absent or not understood. */
	static Color colour(String value, Color otherwise) {
		String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
		if (v.equals("none")) {
			return null;
		}
		return v.matches("#[0-9a-f]{6}") ? new Color(Integer.parseInt(v.substring(1), 16)) : otherwise;
	}

	private static float[] dashes(String value) {
		if (value == null || value.isBlank() || value.trim().equals("none")) {
			return null;
		}
		List<Float> parts = new ArrayList<>();
		for (String part : value.trim().split("[\\s,]+")) {
			try {
				parts.add(Float.parseFloat(part));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		float[] result = new float[parts.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = parts.get(i);
		}
		return result.length == 0 ? null : result;
	}

	// ------------------------------------------------------------------ glyphs

	/** The outlines and advances of one embedded DejaVu font, read once per JVM. */
	static final class Glyphs {
		static final Glyphs REGULAR = new Glyphs("DejaVuSans.ttf");
		static final Glyphs BOLD = new Glyphs("DejaVuSans-Bold.ttf");

		private final String file;
		private final Map<Integer, GeneralPath> outlines = new ConcurrentHashMap<>();
		private final Map<Integer, Integer> advances = new ConcurrentHashMap<>();
		private TrueTypeFont font;
		private CmapLookup cmap;
		private boolean loaded;
		private int unitsPerEm = 2048;

		private Glyphs(String file) {
			this.file = file;
		}

		synchronized boolean available() {
			if (!loaded) {
				loaded = true;
				try (InputStream in = PdfReportRenderer.openFont(file)) {
					if (in != null) {
						font = new TTFParser().parse(new RandomAccessReadBuffer(in));
						cmap = font.getUnicodeCmapLookup();
						unitsPerEm = font.getUnitsPerEm();
					}
				} catch (IOException e) {
					font = null;
				}
			}
			return font != null;
		}

		/**
		 * Appends the outline of {@code text} at {@code size}, its baseline starting at the origin, to
		 * {@code outline}; returns its advance (width) in the chart's units.
		 */
		double outline(String text, double size, GeneralPath outline) {
			double scale = size / unitsPerEm;
			double pen = 0;
			for (int cp : text.codePoints().toArray()) {
				int gid = glyph(cp);
				GeneralPath path = path(gid);
				if (path != null) {
					outline.append(path.getPathIterator(new AffineTransform(scale, 0, 0, -scale, pen, 0)), false);
				}
				pen += advance(gid) * scale;
			}
			return pen;
		}

		private synchronized int glyph(int codePoint) {
			int gid = cmap.getGlyphId(codePoint);
			return gid == 0 && codePoint != '?' ? cmap.getGlyphId('?') : gid;
		}

		private int advance(int gid) {
			return advances.computeIfAbsent(gid, id -> {
				synchronized (this) {
					try {
						return font.getAdvanceWidth(id);
					} catch (IOException e) {
						return unitsPerEm / 2;
					}
				}
			});
		}

		private GeneralPath path(int gid) {
			return outlines.computeIfAbsent(gid, id -> {
				synchronized (this) {
					try {
						GlyphData data = font.getGlyph().getGlyph(id);
						return data == null ? new GeneralPath() : data.getPath();
					} catch (IOException e) {
						return new GeneralPath();
					}
				}
			});
		}
	}
}
