package nl.regioan.dashboard.application;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.regioan.dashboard.domain.AxisTicks;

/**
 * A small trend chart for the PDF, drawn as vector graphics in black and greys only, so it reads
 * the same on screen, in colour print and in grey print: the series is a solid line with round
 * markers, the baseline a short-dashed line, the target a long-dashed line (each named with its
 * value), a definition break a dotted vertical line. A missing value leaves a gap, never a zero. The
 * value axis has round ticks ({@link AxisTicks}).
 */
final class ReportChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 360;
    private static final int LEFT = 110;
    private static final int RIGHT = 30;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;

    private ReportChart() {
    }

    /** What one trend chart shows; values may hold nulls (gaps). The labels name the reference lines. */
    record Trend(List<String> periods, List<BigDecimal> values, BigDecimal baseline, BigDecimal target, Set<String> breaks,
                 String baselineLabel, String targetLabel) {
    }

    /**
     * Draws the chart as vector graphics on {@code g}, whose drawing area is {@code width} by
     * {@code height}: sharp on paper at any size, and no image to encode, decode and compress again
     * (raster charts were a third of the time of a report of 342 municipalities).
     */
    static void draw(Graphics2D g, Trend chart, double width, double height, Function<BigDecimal, String> format) {
        g.scale(width / WIDTH, height / HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        List<BigDecimal> all = new ArrayList<>(chart.values());
        all.add(chart.baseline());
        all.add(chart.target());
        AxisTicks axis = AxisTicks.of(all);
        double min = axis.min().doubleValue();
        double max = axis.max().doubleValue();
        List<String> periods = chart.periods();
        List<BigDecimal> values = chart.values();
        Scale scale = new Scale(periods.size(), min, max);
        g.setFont(new Font(ReportPdf.FONT_FAMILY, Font.PLAIN, 22));
        axes(g, scale, periods, axis, format);
        for (int i = 0; i < periods.size(); i++) {
            if (chart.breaks().contains(periods.get(i))) {
                g.setColor(new Color(0x55, 0x55, 0x55));
                g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 6}, 0));
                double x = scale.x(i) - scale.step() / 2;
                g.draw(new Line2D.Double(x, TOP, x, HEIGHT - BOTTOM));
            }
        }
        reference(g, scale, chart.baseline(), new float[] {8, 8}, chart.baselineLabel(), format);
        reference(g, scale, chart.target(), new float[] {24, 10}, chart.targetLabel(), format);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                continue;
            }
            if (i > 0 && values.get(i - 1) != null) {
                g.draw(new Line2D.Double(scale.x(i - 1), scale.y(values.get(i - 1).doubleValue()), scale.x(i), scale.y(v.doubleValue())));
            }
            g.fill(new Ellipse2D.Double(scale.x(i) - 7, scale.y(v.doubleValue()) - 7, 14, 14));
        }
    }

    private static void axes(Graphics2D g, Scale scale, List<String> periods, AxisTicks axis, Function<BigDecimal, String> format) {
        g.setStroke(new BasicStroke(1));
        for (BigDecimal tick : axis.ticks()) {
            double y = scale.y(tick.doubleValue());
            g.setColor(new Color(0xBB, 0xBB, 0xBB));
            g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
            g.setColor(Color.BLACK);
            String label = format.apply(tick);
            g.drawString(label, LEFT - 12 - g.getFontMetrics().stringWidth(label), (int) y + 8);
        }
        g.setColor(Color.BLACK);
        int every = Math.max(1, (int) Math.ceil(periods.size() / 10.0));
        for (int i = 0; i < periods.size(); i += every) {
            String label = periods.get(i);
            g.drawString(label, (int) scale.x(i) - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - 15);
        }
    }

    /** A dashed reference line across the chart, named with its value above its right end. */
    private static void reference(Graphics2D g, Scale scale, BigDecimal value, float[] dash, String label,
                                  Function<BigDecimal, String> format) {
        if (value == null) {
            return;
        }
        g.setColor(new Color(0x44, 0x44, 0x44));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0));
        double y = scale.y(value.doubleValue());
        g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
        String text = label + " " + format.apply(value);
        int width = g.getFontMetrics().stringWidth(text);
        int x = WIDTH - RIGHT - width - 6;
        int baselineY = (int) y - 8 < TOP + 18 ? (int) y + 26 : (int) y - 8;
        g.setColor(Color.WHITE);
        g.fillRect(x - 4, baselineY - 20, width + 8, 26);
        g.setColor(Color.BLACK);
        g.drawString(text, x, baselineY);
    }

    private record Scale(int count, double min, double max) {

        double step() {
            return (WIDTH - LEFT - RIGHT) / (double) Math.max(1, count);
        }

        double x(int index) {
            return LEFT + step() * (index + 0.5);
        }

        double y(double value) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / (max - min));
        }
    }
}
