package uk.caseview.app.settings;

import java.util.Locale;
import java.util.Properties;
import uk.caseview.ui.theme.Theme;

/**
 * How Caseview looks on this PC, kept between runs: high contrast, text size, and the window's
 * size and place. Nothing about a customer or a member of staff is in it (issue 14), which is why
 * it may sit in a plain file.
 *
 * @param width  the window's width, or 0 for "as on first start"
 */
public record DisplaySettings(boolean highContrast, double textScale, double width, double height, double x, double y,
        boolean maximised) {

    public static final DisplaySettings FIRST_START = new DisplaySettings(false, 1.0, 0, 0, Double.NaN, Double.NaN, false);

    /** Read from a file someone may have edited by hand: anything unreadable falls back, nothing throws. */
    static DisplaySettings from(Properties p) {
        double scale = number(p, "text.scale", 1.0);
        return new DisplaySettings(
                Boolean.parseBoolean(p.getProperty("high.contrast", "false")),
                Math.max(Theme.MIN_SCALE, Math.min(Theme.MAX_SCALE, scale)),
                Math.max(0, number(p, "window.width", 0)),
                Math.max(0, number(p, "window.height", 0)),
                number(p, "window.x", Double.NaN),
                number(p, "window.y", Double.NaN),
                Boolean.parseBoolean(p.getProperty("window.maximised", "false")));
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("high.contrast", Boolean.toString(highContrast));
        p.setProperty("text.scale", format(textScale));
        p.setProperty("window.width", format(width));
        p.setProperty("window.height", format(height));
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            p.setProperty("window.x", format(x));
            p.setProperty("window.y", format(y));
        }
        p.setProperty("window.maximised", Boolean.toString(maximised));
        return p;
    }

    public DisplaySettings withLook(boolean contrast, double scale) {
        return new DisplaySettings(contrast, scale, width, height, x, y, maximised);
    }

    public DisplaySettings withWindow(double w, double h, double atX, double atY, boolean max) {
        return new DisplaySettings(highContrast, textScale, w, h, atX, atY, max);
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
