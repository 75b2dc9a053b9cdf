package uk.caseview.ui.widget;

import java.util.Collection;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Pixel widths of text as a label lays it out, for sizing columns to what they must show whole. */
final class TextWidths {

    private TextWidths() {}

    /** Rounded up, as a label rounds its own text width when deciding whether to elide it. */
    static double of(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    /**
     * The widest of {@code texts}, where each digit stands for any digit: "£99,999.99" is measured
     * with the font's widest digit, so it bounds every amount written that way, whatever the
     * font's figures.
     */
    static double widest(Collection<String> texts, Font font) {
        char digit = widestDigit(font);
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, of(text.replaceAll("[0-9]", String.valueOf(digit)), font));
        }
        return widest;
    }

    private static char widestDigit(Font font) {
        char widest = '0';
        double width = -1;
        for (char d = '0'; d <= '9'; d++) {
            Text probe = new Text(String.valueOf(d));
            probe.setFont(font);
            double w = probe.getLayoutBounds().getWidth();
            if (w > width) {
                width = w;
                widest = d;
            }
        }
        return widest;
    }
}
