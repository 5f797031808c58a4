package nl.regioan.dashboard.application;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import nl.regioan.dashboard.domain.AxisTicks;

/**
 * A small trend chart for the PDF, drawn on the server as a PNG in black and greys only, so it reads
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

    /** A PNG as a data: URI for an img element; values may hold nulls (gaps). The labels name the reference lines. */
    static String trend(List<String> periods, List<BigDecimal> values, BigDecimal baseline, BigDecimal target,
                        Set<String> breaks, Function<BigDecimal, String> format, String baselineLabel, String targetLabel) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            List<BigDecimal> all = new ArrayList<>(values);
            all.add(baseline);
            all.add(target);
            AxisTicks axis = AxisTicks.of(all);
            double min = axis.min().doubleValue();
            double max = axis.max().doubleValue();
            Scale scale = new Scale(periods.size(), min, max);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            axes(g, scale, periods, axis, format);
            for (int i = 0; i < periods.size(); i++) {
                if (breaks.contains(periods.get(i))) {
                    g.setColor(new Color(0x55, 0x55, 0x55));
                    g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 6}, 0));
                    double x = scale.x(i) - scale.step() / 2;
                    g.draw(new Line2D.Double(x, TOP, x, HEIGHT - BOTTOM));
                }
            }
            reference(g, scale, baseline, new float[] {8, 8}, baselineLabel, format);
            reference(g, scale, target, new float[] {24, 10}, targetLabel, format);
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
                g.fillOval((int) scale.x(i) - 7, (int) scale.y(v.doubleValue()) - 7, 14, 14);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
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
