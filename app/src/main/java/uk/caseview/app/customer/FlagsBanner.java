package uk.caseview.app.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.flag.RaisedFlag;
import uk.caseview.ui.widget.Layouts;

/**
 * The flags a caseworker must see before speaking, each a button that opens its detail in the
 * panel that owns it. Wraps onto a second line rather than hiding a flag.
 */
final class FlagsBanner extends FlowPane {

    private final Consumer<CustomerFlag> open;
    private final List<Button> buttons = new ArrayList<>();
    private final Label none = Layouts.label("No flags on this record", "cv-muted");
    private List<RaisedFlag> shown = List.of();
    private int cursor = -1;

    FlagsBanner(Consumer<CustomerFlag> open) {
        this.open = open;
        getStyleClass().add("cv-flags-banner");
        setId("flags-banner");
        setAccessibleText("Flags");
    }

    void show(List<RaisedFlag> flags, boolean citizenKnown) {
        if (flags.equals(shown) && !buttons.isEmpty()) {
            return;
        }
        shown = flags;
        buttons.clear();
        for (RaisedFlag f : flags) {
            Button b = new Button(f.flag().label() + ": " + f.detail());
            b.getStyleClass().addAll("cv-flag", f.flag().tone().styleClass());
            b.setId("flag-" + f.flag().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setAccessibleText("Flag: " + f.flag().label() + ", " + f.detail() + ". Opens the detail.");
            b.setTooltip(new Tooltip("Open the detail"));
            b.setOnAction(e -> open.accept(f.flag()));
            b.setMnemonicParsing(false);
            buttons.add(b);
        }
        if (buttons.isEmpty()) {
            getChildren().setAll(citizenKnown ? List.of(none) : List.of());
        } else {
            getChildren().setAll(buttons);
        }
        cursor = -1;
    }

    /** F8: focus the next flag and open its detail; wraps around. False when there are none. */
    boolean next() {
        if (buttons.isEmpty()) {
            return false;
        }
        cursor = (cursor + 1) % buttons.size();
        Button b = buttons.get(cursor);
        b.fire();
        return true;
    }

    List<RaisedFlag> shown() {
        return shown;
    }
}
