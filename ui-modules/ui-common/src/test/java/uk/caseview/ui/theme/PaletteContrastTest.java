package uk.caseview.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads the palettes out of caseview.css and checks each text colour against the backgrounds it
 * is drawn on, with WCAG 2.2's contrast formula: 4.5:1 for text (AA), 3:1 for chart lines and
 * markers (non-text contrast).
 */
class PaletteContrastTest {

    private static final List<String[]> TEXT_PAIRS = List.of(
            pair("-cv-text", "-cv-bg"), pair("-cv-text", "-cv-surface"), pair("-cv-text", "-cv-surface-alt"),
            pair("-cv-text-muted", "-cv-bg"), pair("-cv-text-muted", "-cv-surface"),
            pair("-cv-text-muted", "-cv-surface-alt"),
            pair("-cv-on-accent", "-cv-accent"), pair("-cv-on-accent", "-cv-accent-hover"),
            pair("-cv-link", "-cv-surface"), pair("-cv-link", "-cv-surface-alt"),
            pair("-cv-on-header", "-cv-header-bg"), pair("-cv-on-header-muted", "-cv-header-bg"),
            pair("-cv-neutral-fg", "-cv-neutral-bg"), pair("-cv-info-fg", "-cv-info-bg"),
            pair("-cv-success-fg", "-cv-success-bg"), pair("-cv-warning-fg", "-cv-warning-bg"),
            pair("-cv-danger-fg", "-cv-danger-bg"), pair("-cv-danger-fg", "-cv-surface"),
            pair("-cv-warning-fg", "-cv-surface"), pair("-cv-success-fg", "-cv-surface"),
            pair("-cv-on-banner", "-cv-training-bg"), pair("-cv-on-banner", "-cv-offline-bg"),
            pair("-cv-on-banner", "-cv-live-bg"), pair("-cv-threshold", "-cv-surface"),
            pair("-cv-text", "-fx-selection-bar-non-focused"));

    private static final List<String[]> GRAPHIC_PAIRS = List.of(
            pair("CHART_COLOR_1", "-cv-surface"), pair("CHART_COLOR_2", "-cv-surface"),
            pair("CHART_COLOR_3", "-cv-surface"), pair("CHART_COLOR_4", "-cv-surface"),
            pair("CHART_COLOR_5", "-cv-surface"), pair("CHART_COLOR_6", "-cv-surface"),
            pair("CHART_COLOR_7", "-cv-surface"), pair("CHART_COLOR_8", "-cv-surface"),
            pair("-cv-focus", "-cv-surface"), pair("-cv-border-strong", "-cv-surface"));

    @ParameterizedTest
    @EnumSource(Palette.class)
    void everyTextPairMeetsAa(Palette palette) throws IOException {
        Map<String, String> vars = variables(palette);
        List<String> failures = new ArrayList<>();
        check(vars, TEXT_PAIRS, 4.5, failures);
        check(vars, GRAPHIC_PAIRS, 3.0, failures);
        assertThat(failures).as(palette + " pairs below their WCAG minimum").isEmpty();
    }

    private static void check(Map<String, String> vars, List<String[]> pairs, double min, List<String> failures) {
        for (String[] p : pairs) {
            double ratio = contrast(colour(vars, p[0]), colour(vars, p[1]));
            if (ratio < min) {
                failures.add(String.format("%s on %s = %.2f:1 (needs %.1f)", p[0], p[1], ratio, min));
            }
        }
    }

    static Map<String, String> variables(Palette palette) throws IOException {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream("caseview.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Map<String, String> vars = new HashMap<>(block(css, "\\.root"));
        if (palette.rootStyleClass() != null) {
            vars.putAll(block(css, "\\.root\\." + palette.rootStyleClass()));
        }
        return vars;
    }

    private static Map<String, String> block(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + selector + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(m.find()).as("block " + selector).isTrue();
        Map<String, String> vars = new HashMap<>();
        Matcher decl = Pattern.compile("([-\\w]+)\\s*:\\s*([^;]+);").matcher(m.group(1));
        while (decl.find()) {
            vars.put(decl.group(1).trim(), decl.group(2).trim());
        }
        return vars;
    }

    private static double[] colour(Map<String, String> vars, String name) {
        String value = vars.get(name);
        assertThat(value).as(name).isNotNull();
        if (value.startsWith("-")) {
            return colour(vars, value);
        }
        assertThat(value).as(name + " must be #rrggbb to be checked").matches("#[0-9a-fA-F]{6}");
        return new double[] {
            Integer.parseInt(value.substring(1, 3), 16) / 255.0,
            Integer.parseInt(value.substring(3, 5), 16) / 255.0,
            Integer.parseInt(value.substring(5, 7), 16) / 255.0
        };
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i];
            lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    private static String[] pair(String fg, String bg) {
        return new String[] {fg, bg};
    }
}
