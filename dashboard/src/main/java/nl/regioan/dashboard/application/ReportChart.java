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

/**
 * A small trend chart for the PDF, drawn on the server as a PNG in black and greys only, so it reads
 * the same on screen, in colour print and in grey print: the series is a solid line with round
 * markers, the baseline a short-dashed line, the target a long-dashed line, a definition break a
 * dotted vertical line. A missing value leaves a gap, never a zero.
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

    /** A PNG as a data: URI for an img element; values may hold nulls (gaps). */
    static String trend(List<String> periods, List<BigDecimal> values, BigDecimal baseline, BigDecimal target,
                        Set<String> breaks, Function<BigDecimal, String> format) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            List<BigDecimal> all = new ArrayList<>();
            values.stream().filter(v -> v != null).forEach(all::add);
            if (baseline != null) {
                all.add(baseline);
            }
            if (target != null) {
                all.add(target);
            }
            double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            min = Math.min(0, min);
            if (max <= min) {
                max = min + 1;
            }
            max += (max - min) * 0.08;
            Scale scale = new Scale(periods.size(), min, max);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            axes(g, scale, periods, min, max, format);
            for (int i = 0; i < periods.size(); i++) {
                if (breaks.contains(periods.get(i))) {
                    g.setColor(new Color(0x55, 0x55, 0x55));
                    g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 6}, 0));
                    double x = scale.x(i) - scale.step() / 2;
                    g.draw(new Line2D.Double(x, TOP, x, HEIGHT - BOTTOM));
                }
            }
            reference(g, scale, baseline, new float[] {8, 8});
            reference(g, scale, target, new float[] {24, 10});
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

    private static void axes(Graphics2D g, Scale scale, List<String> periods, double min, double max,
                             Function<BigDecimal, String> format) {
        g.setColor(new Color(0xBB, 0xBB, 0xBB));
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i <= 4; i++) {
            double value = min + (max - min) * i / 4;
            double y = scale.y(value);
            g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
            g.setColor(Color.BLACK);
            String label = format.apply(BigDecimal.valueOf(value).setScale(value >= 100 || value == 0 ? 0 : 1,
                    java.math.RoundingMode.HALF_UP));
            g.drawString(label, LEFT - 12 - g.getFontMetrics().stringWidth(label), (int) y + 8);
            g.setColor(new Color(0xBB, 0xBB, 0xBB));
        }
        g.setColor(Color.BLACK);
        int every = Math.max(1, (int) Math.ceil(periods.size() / 10.0));
        for (int i = 0; i < periods.size(); i += every) {
            String label = periods.get(i);
            g.drawString(label, (int) scale.x(i) - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - 15);
        }
    }

    private static void reference(Graphics2D g, Scale scale, BigDecimal value, float[] dash) {
        if (value == null) {
            return;
        }
        g.setColor(new Color(0x44, 0x44, 0x44));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0));
        double y = scale.y(value.doubleValue());
        g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
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
