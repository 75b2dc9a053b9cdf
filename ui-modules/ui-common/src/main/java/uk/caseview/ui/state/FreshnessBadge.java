package uk.caseview.ui.state;

import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;

/**
 * "Cached 5 min ago": shown only when a panel is serving stored data rather than a fresh answer,
 * so a caseworker knows to treat it with care. Fresh data shows no badge at all.
 */
final class FreshnessBadge extends Label {

    FreshnessBadge() {
        getStyleClass().addAll(Styles.BADGE, Tone.WARNING.styleClass(), "cv-freshness-badge");
        setMinWidth(USE_PREF_SIZE);
        hide();
    }

    void show(SourceState.Loaded<?> loaded, Instant now) {
        if (!loaded.fromCache()) {
            hide();
            return;
        }
        setText(text(loaded, now));
        setAccessibleText("Showing cached data, " + Dates.ago(loaded.ageAt(now)));
        setTooltip(new Tooltip("The service could not be reached just now; this is the last copy held on this PC."));
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    static String text(SourceState.Loaded<?> loaded, Instant now) {
        return "Cached " + Dates.ago(loaded.ageAt(now));
    }
}
