package uk.caseview.ui.theme;

import java.util.Locale;

/**
 * How much a status matters to a caseworker, which is what decides its colour. Panels map their
 * own statuses onto a tone; the stylesheet maps tones onto the palette.
 */
public enum Tone {
    NEUTRAL,
    INFO,
    SUCCESS,
    WARNING,
    DANGER;

    /** e.g. "tone-warning". */
    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }
}
