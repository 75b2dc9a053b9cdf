package uk.caseview.app.shell;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import uk.caseview.sdk.Nino;

/**
 * The NINO box: validates as the agent types, suggests recent customers, and opens a customer
 * only when Enter is pressed on a valid number. A malformed number gets a clear message and no
 * request is made.
 */
public final class SearchBar extends HBox {

    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Consumer<Nino> open;
    private final RecentSuggestions suggestions;

    public SearchBar(RecentCustomers recent, Consumer<Nino> open, Runnable openTrace) {
        this.open = open;
        getStyleClass().add("cv-search-bar");
        field.setId("nino-search");
        field.setPromptText("NINO, e.g. QQ 12 34 56 C");
        field.setAccessibleText("Find a customer by National Insurance number");
        field.setTooltip(new Tooltip("Type a National Insurance number and press Enter (Ctrl+F)"));
        field.getStyleClass().add("cv-search-field");
        message.setId("nino-message");
        message.getStyleClass().add("cv-search-message");
        message.setVisible(false);
        message.setManaged(false);

        suggestions = new RecentSuggestions(field, recent, this::openCustomer);
        field.textProperty().addListener((obs, old, now) -> {
            // No "wrong so far" while a recent customer matches: the agent may be typing a name.
            boolean matches = suggestions.update(now);
            showProblem(matches ? Optional.empty() : NinoTyping.problemSoFar(now));
        });
        field.setOnAction(e -> submit());

        Button find = new Button("Find");
        find.setId("nino-find");
        find.setAccessibleText("Find customer");
        find.getStyleClass().add("cv-button-primary");
        find.setOnAction(e -> submit());
        Button trace = new Button("Trace…");
        trace.setId("open-trace");
        trace.setAccessibleText("Trace a customer by surname and date of birth");
        trace.setTooltip(new Tooltip("Find someone without their NINO (Ctrl+Shift+T)"));
        trace.setOnAction(e -> openTrace.run());
        // A filter, so the list sees Enter before the field's own action does.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (suggestions.key(e)) {
                e.consume();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });

        // The buttons keep their words; the box narrows (to about ten characters, a NINO's length) instead.
        find.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        trace.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.minWidthProperty().bind(field.fontProperty().map(f -> f.getSize() * 8));
        // The message sits beside the box, not under it, so the bar never changes height as someone types.
        getChildren().addAll(field, find, trace, message);
    }

    public void focusSearch() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    private void submit() {
        Optional<Nino> onlyMatch = Nino.isValid(field.getText()) ? Optional.empty() : suggestions.onlyOne();
        if (onlyMatch.isPresent()) {
            field.setText(onlyMatch.get().formatted());
            openCustomer(onlyMatch.get());
            return;
        }
        Optional<String> problem = NinoTyping.problemOnSubmit(field.getText());
        if (problem.isPresent()) {
            showProblem(problem);
            field.requestFocus();
            return;
        }
        openCustomer(Nino.parse(field.getText()));
    }

    private void openCustomer(Nino nino) {
        suggestions.hide();
        showProblem(Optional.empty());
        open.accept(nino);
    }

    private void showProblem(Optional<String> problem) {
        message.setText(problem.orElse(""));
        message.setVisible(problem.isPresent());
        message.setManaged(problem.isPresent());
        field.getStyleClass().remove("cv-invalid");
        if (problem.isPresent()) {
            field.getStyleClass().add("cv-invalid");
        }
        field.setAccessibleHelp(problem.orElse(null));
    }
}
