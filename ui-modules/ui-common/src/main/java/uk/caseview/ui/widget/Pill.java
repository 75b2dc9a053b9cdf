package uk.caseview.ui.widget;

import java.util.Collection;
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

    /**
     * The width this pill needs to show the widest of {@code texts} whole, in the font, padding
     * and border it has now: so a column can keep room for every status it may show, not just
     * the ones on screen. Meaningful once the pill's style has been applied.
     */
    public double widthFor(Collection<String> texts) {
        return snappedLeftInset() + snappedRightInset()
                + getLabelPadding().getLeft() + getLabelPadding().getRight()
                + TextWidths.widest(texts, getFont());
    }
}
