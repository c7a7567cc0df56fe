import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the Goldthread IDE's 16×16 icons into ../icons/ (run: java IconPainter.java). Plain shapes
 * in the product's colours: gold for the curriculum and its threads, blue for courses.
 */
public class IconPainter {

	static final Color GOLD = new Color(0xD4, 0xA0, 0x17);
	static final Color GOLD_DARK = new Color(0x9A, 0x6E, 0x00);
	static final Color BLUE = new Color(0x2E, 0x5C, 0xA8);
	static final Color BLUE_LIGHT = new Color(0xB9, 0xCD, 0xEE);
	static final Color GREEN = new Color(0x2E, 0x8B, 0x57);
	static final Color PURPLE = new Color(0x7B, 0x4F, 0xA6);
	static final Color RED = new Color(0xC0, 0x39, 0x2B);
	static final Color GREY = new Color(0x70, 0x70, 0x70);
	static final Color TEAL = new Color(0x1F, 0x8A, 0x8A);
	static final Color ORANGE = new Color(0xE0, 0x7B, 0x1F);
	static final Color WHITE = Color.WHITE;

	public static void main(String[] args) throws Exception {
		File dir = new File(args.length > 0 ? args[0] : "../icons");
		dir.mkdirs();
		icon(dir, "curriculum", g -> { // a gold scroll
			g.setColor(GOLD);
			g.fill(new RoundRectangle2D.Double(2, 2, 12, 12, 3, 3));
			g.setColor(GOLD_DARK);
			g.draw(new RoundRectangle2D.Double(2.5, 2.5, 11, 11, 3, 3));
			g.setColor(WHITE);
			for (int y = 5; y <= 11; y += 3) {
				g.fillRect(5, y, 6, 1);
			}
		});
		icon(dir, "framework", g -> { // a framed grid
			g.setColor(BLUE_LIGHT);
			g.fillRect(2, 2, 12, 12);
			g.setColor(BLUE);
			g.drawRect(2, 2, 11, 11);
			g.drawLine(2, 7, 13, 7);
			g.drawLine(7, 2, 7, 13);
		});
		icon(dir, "course", g -> { // a blue book with a gold thread
			g.setColor(BLUE);
			g.fill(new RoundRectangle2D.Double(3, 1, 10, 14, 2, 2));
			g.setColor(WHITE);
			g.fillRect(5, 3, 6, 2);
			g.setColor(GOLD);
			g.setStroke(new BasicStroke(1.6f));
			g.draw(new CubicCurve2D.Double(3, 12, 6, 8, 9, 15, 13, 10));
		});
		icon(dir, "plan", g -> { // a clipboard
			g.setColor(PURPLE);
			g.fill(new RoundRectangle2D.Double(2.5, 2, 11, 13, 2, 2));
			g.setColor(WHITE);
			g.fillRect(4, 5, 8, 8);
			g.setColor(GREY);
			g.fillRect(6, 1, 4, 3);
			g.setColor(PURPLE);
			for (int y = 7; y <= 11; y += 2) {
				g.fillRect(5, y, 6, 1);
			}
		});
		icon(dir, "module", g -> { // a box
			g.setColor(BLUE_LIGHT);
			g.fillRect(2, 4, 12, 10);
			g.setColor(BLUE);
			g.drawRect(2, 4, 11, 9);
			g.fillRect(2, 2, 6, 3);
		});
		icon(dir, "day", g -> { // a calendar sheet
			g.setColor(WHITE);
			g.fillRect(2, 3, 12, 11);
			g.setColor(RED);
			g.fillRect(2, 2, 12, 4);
			g.setColor(GREY);
			g.drawRect(2, 2, 11, 11);
			for (int x = 4; x <= 10; x += 3) {
				for (int y = 8; y <= 11; y += 3) {
					g.fillRect(x, y, 2, 2);
				}
			}
		});
		icon(dir, "session", g -> { // a clock
			g.setColor(WHITE);
			g.fill(new Ellipse2D.Double(2, 2, 12, 12));
			g.setColor(TEAL);
			g.setStroke(new BasicStroke(1.5f));
			g.draw(new Ellipse2D.Double(2, 2, 11.5, 11.5));
			g.drawLine(8, 8, 8, 4);
			g.drawLine(8, 8, 11, 9);
		});
		icon(dir, "objective", g -> { // a target
			g.setColor(RED);
			g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
			g.setColor(WHITE);
			g.fill(new Ellipse2D.Double(4, 4, 8, 8));
			g.setColor(RED);
			g.fill(new Ellipse2D.Double(6, 6, 4, 4));
		});
		icon(dir, "thread", g -> { // a gold thread
			g.setColor(GOLD);
			g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new CubicCurve2D.Double(1.5, 11, 5, 1, 9, 15, 14.5, 4));
			g.setColor(GOLD_DARK);
			g.fill(new Ellipse2D.Double(12, 2, 4, 4));
		});
		icon(dir, "theme", g -> { // a diamond
			Path2D p = new Path2D.Double();
			p.moveTo(8, 1);
			p.lineTo(15, 8);
			p.lineTo(8, 15);
			p.lineTo(1, 8);
			p.closePath();
			g.setColor(ORANGE);
			g.fill(p);
			g.setColor(WHITE);
			g.fill(new Ellipse2D.Double(6, 6, 4, 4));
		});
		icon(dir, "assessment", g -> { // a marked paper
			g.setColor(WHITE);
			g.fillRect(3, 1, 10, 14);
			g.setColor(GREY);
			g.drawRect(3, 1, 9, 13);
			g.setColor(GREEN);
			g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			Path2D tick = new Path2D.Double();
			tick.moveTo(5, 8);
			tick.lineTo(7.5, 11);
			tick.lineTo(11, 5);
			g.draw(tick);
		});
		icon(dir, "gap", g -> { // a dashed circle
			g.setColor(GREY);
			g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 2.5f, 2f }, 0f));
			g.draw(new Ellipse2D.Double(2, 2, 12, 12));
			g.fillRect(7, 5, 2, 4);
			g.fillRect(7, 10, 2, 2);
		});
		icon(dir, "element", g -> { // a dot
			g.setColor(BLUE);
			g.fill(new Ellipse2D.Double(4, 4, 8, 8));
		});
		icon(dir, "template", g -> { // braces
			g.setColor(TEAL);
			g.setStroke(new BasicStroke(1.6f));
			Path2D l = new Path2D.Double();
			l.moveTo(6, 2);
			l.curveTo(3, 2, 5, 8, 2, 8);
			l.curveTo(5, 8, 3, 14, 6, 14);
			g.draw(l);
			Path2D r = new Path2D.Double();
			r.moveTo(10, 2);
			r.curveTo(13, 2, 11, 8, 14, 8);
			r.curveTo(11, 8, 13, 14, 10, 14);
			g.draw(r);
		});
		icon(dir, "check", g -> { // a gold seal with a tick
			g.setColor(GOLD);
			g.fill(new Ellipse2D.Double(1, 1, 14, 14));
			g.setColor(WHITE);
			g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			Path2D tick = new Path2D.Double();
			tick.moveTo(4.5, 8);
			tick.lineTo(7, 10.5);
			tick.lineTo(11.5, 5);
			g.draw(tick);
		});
		icon(dir, "coverage", g -> { // a matrix
			for (int r = 0; r < 3; r++) {
				for (int c = 0; c < 3; c++) {
					g.setColor((r + c) % 3 == 0 ? GREEN : (r * c) % 2 == 1 ? RED : BLUE_LIGHT);
					g.fillRect(2 + c * 4, 2 + r * 4, 3, 3);
				}
			}
		});
		icon(dir, "nature", g -> { // a small gold thread in the corner (project nature overlay, 7x8)
			g.setColor(GOLD);
			g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new CubicCurve2D.Double(0.5, 6, 2.5, 0.5, 4.5, 7.5, 6.5, 1.5));
		});
		icon(dir, "quickfix", g -> { // a light bulb
			g.setColor(new Color(0xF5, 0xD0, 0x33));
			g.fill(new Ellipse2D.Double(3, 1, 10, 10));
			g.setColor(GOLD_DARK);
			g.draw(new Ellipse2D.Double(3, 1, 9.5, 9.5));
			g.setColor(GREY);
			g.fillRect(6, 11, 4, 3);
		});
	}

	static void icon(File dir, String name, Consumer<Graphics2D> painter) throws Exception {
		// the project nature overlay is drawn at the overlay size, the rest at 16×16
		boolean overlay = name.equals("nature");
		BufferedImage image = new BufferedImage(overlay ? 7 : 16, overlay ? 8 : 16, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		painter.accept(g);
		g.dispose();
		ImageIO.write(image, "png", new File(dir, name + ".png"));
	}
}
