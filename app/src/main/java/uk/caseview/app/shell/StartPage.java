package uk.caseview.app.shell;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import uk.caseview.app.config.Mode;
import uk.caseview.sdk.Nino;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.widget.Layouts;

/**
 * The first tab: how to find someone, and in training mode the personas a trainer teaches with,
 * each one click from its record.
 */
public final class StartPage extends ScrollPane {

    private final VBox body = Layouts.stack();

    public StartPage(Mode mode, URI address, uk.caseview.sdk.auth.TokenProvider tokens, BackgroundTasks tasks,
            Consumer<Nino> open) {
        setId("start-page");
        setFitToWidth(true);
        body.getStyleClass().add("cv-start-page");
        Label title = Layouts.label("Find a customer", "cv-start-title");
        Label how = Layouts.label("Type a National Insurance number in the box above and press Enter. "
                + "No NINO? Use Trace to search by surname and date of birth. Press F1 for keyboard shortcuts.",
                Styles.VALUE);
        how.setWrapText(true);
        body.getChildren().addAll(title, how);
        if (mode == Mode.TRAINING) {
            Label personasTitle = Layouts.label("Training personas", Styles.SECTION_TITLE);
            FlowPane cards = new FlowPane();
            cards.setId("training-personas");
            cards.getStyleClass().add("cv-persona-cards");
            Label loading = Layouts.label("Loading the persona list…", Styles.MUTED);
            cards.getChildren().add(loading);
            body.getChildren().addAll(personasTitle, cards);
            tasks.run(() -> TrainingPersonas.fetch(address, tokens), personas -> showPersonas(cards, personas, open),
                    error -> cards.getChildren().setAll(
                            Layouts.label("The persona list is not available; NINOs start at ZX000001A.", Styles.MUTED)));
        }
        setContent(body);
    }

    private static void showPersonas(FlowPane cards, List<TrainingPersonas.Persona> personas, Consumer<Nino> open) {
        cards.getChildren().clear();
        for (TrainingPersonas.Persona p : personas) {
            if (!Nino.isValid(p.nino())) {
                continue;
            }
            Nino nino = Nino.parse(p.nino());
            Label title = Layouts.label(p.title(), "cv-card-title");
            // A trainer picks a persona by what its title says; never cut it short.
            title.setWrapText(true);
            Label ninoLabel = Layouts.label(nino.formatted(), "cv-customer-nino-small");
            Label story = Layouts.label(p.story(), Styles.MUTED);
            story.setWrapText(true);
            Button openButton = new Button("Open " + nino.formatted());
            openButton.setAccessibleText("Open training persona " + p.title());
            openButton.setOnAction(e -> open.accept(nino));
            VBox card = new VBox(title, ninoLabel, story, openButton);
            card.getStyleClass().addAll(Styles.CARD, "cv-persona-card");
            cards.getChildren().add(card);
        }
    }
}
