package uk.caseview.ui.widget;

import javafx.scene.control.Label;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;

/** A small rounded status label ("Live", "In arrears") coloured by its {@link Tone}. */
public final class Pill extends Label {

    public Pill(String text, Tone tone) {
        super(text);
        getStyleClass().addAll(Styles.PILL, tone.styleClass());
        setMinWidth(USE_PREF_SIZE);
    }

    public void set(String text, Tone tone) {
        setText(text);
        getStyleClass().removeIf(c -> c.startsWith("tone-"));
        getStyleClass().add(tone.styleClass());
    }
}
