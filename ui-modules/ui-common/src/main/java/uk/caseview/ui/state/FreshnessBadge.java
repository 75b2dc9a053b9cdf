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
        if (getTooltip() == null) {
            // Made the first time it is needed, then kept: a Tooltip is a small window of its own,
            // and most panels never show this badge (six of them per customer screen).
            setTooltip(new Tooltip("A copy held on this PC: shown while a fresh one is fetched, "
                    + "or because the service could not be reached."));
        }
        setText(text(loaded, now));
        setAccessibleText("Showing cached data, " + Dates.ago(loaded.ageAt(now)));
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
