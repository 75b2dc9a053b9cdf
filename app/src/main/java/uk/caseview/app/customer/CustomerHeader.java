package uk.caseview.app.customer;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.widget.Pill;

/**
 * Who is on the phone, in one line a caseworker can read back: name, NINO, age and date of
 * birth, current address, preferred language and identity verification.
 */
final class CustomerHeader extends VBox {

    private final Clock clock;
    private final Label name = Layouts.label("", "cv-customer-name");
    private final Label nino = Layouts.label("", "cv-customer-nino");
    private final Label born = Layouts.label("", "cv-customer-fact");
    private final Label address = Layouts.label("", "cv-customer-fact");
    private final Label language = Layouts.label("", "cv-customer-fact");
    private final Pill identity = new Pill("", Tone.NEUTRAL);
    private Citizen shown;
    /** Age, address and language: hidden until the citizen has loaded, so no lone separators show. */
    private final HBox facts;

    CustomerHeader(Nino customer, Clock clock) {
        this.clock = clock;
        getStyleClass().add("cv-customer-header");
        name.setId("header-name");
        nino.setId("header-nino");
        born.setId("header-born");
        address.setId("header-address");
        language.setId("header-language");
        identity.setId("header-identity");
        nino.setText(customer.formatted());
        name.setText("Loading…");
        HBox top = Layouts.row(name, nino, identity);
        facts = Layouts.row(born, dot(), address, dot(), language);
        // At large text sizes the address gives way (its tooltip has it whole): age and language are
        // what an agent checks first, and the Personal panel lists the address line by line anyway.
        address.setMinWidth(0);
        born.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        language.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Layouts.wholeInTooltip(address);
        facts.setVisible(false);
        getChildren().addAll(top, facts);
        identity.setVisible(false);
        setAccessibleText("Customer " + customer.formatted());
    }

    /** The current font size, for layouts that think in em. */
    double emSize() {
        return born.getFont().getSize();
    }

    /** Tells {@code changed} whenever the text size changes (View menu), for layouts that think in em. */
    void onTextSizeChange(Runnable changed) {
        born.fontProperty().addListener((o, old, now) -> {
            if (old == null || now == null || old.getSize() != now.getSize()) {
                changed.run();
            }
        });
    }

    void show(SourceState<Citizen> state) {
        switch (state) {
            case SourceState.Loaded<Citizen> loaded -> {
                if (!loaded.value().equals(shown)) {
                    render(loaded.value());
                }
            }
            case SourceState.Unavailable<Citizen> u -> {
                if (shown == null) {
                    name.setText("Personal details unavailable");
                }
            }
            case SourceState.Loading<Citizen> l -> { }
        }
    }

    private void render(Citizen c) {
        shown = c;
        LocalDate today = LocalDate.now(clock);
        name.setText(c.name().fullName());
        born.setText("Age " + c.ageOn(today) + ", born " + Dates.format(c.dateOfBirth()));
        address.setText(c.currentAddress() == null ? "No address held" : c.currentAddress().singleLine());
        language.setText(switch (c.preferredLanguage()) {
            case ENGLISH -> "Prefers English";
            case WELSH -> "Prefers Welsh (Cymraeg)";
            case UNKNOWN -> "Language not recorded";
        });
        identity.set(switch (c.identityVerification()) {
            case VERIFIED -> "ID verified";
            case PENDING -> "ID check pending";
            case FAILED -> "ID check failed";
            case UNKNOWN -> "ID not checked";
        }, switch (c.identityVerification()) {
            case VERIFIED -> Tone.SUCCESS;
            case PENDING -> Tone.WARNING;
            case FAILED -> Tone.DANGER;
            case UNKNOWN -> Tone.NEUTRAL;
        });
        identity.setVisible(true);
        facts.setVisible(true);
        setAccessibleText(name.getText() + ", " + nino.getText() + ", " + born.getText() + ", " + language.getText()
                + ", " + identity.getText());
    }

    private static Label dot() {
        return Layouts.label("·", "cv-customer-fact");
    }
}
