package uk.caseview.app.customer;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * Sends an SMS or a letter from a fixed template, always in the citizen's preferred language
 * (the request names it, so a Welsh speaker gets Welsh even if a default changes).
 */
public final class NotificationDialog {

    enum Template {
        EVIDENCE_REMINDER("evidence_reminder", "Reminder: evidence we are waiting for"),
        PAYMENT_DATE("payment_date", "Your next payment date"),
        DEBT_PLAN_CONFIRMATION("debt_plan_confirmation", "Confirmation of your repayment plan"),
        CALL_BACK("call_back", "We will call you back");

        final String code;
        final String label;

        Template(String code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    private final Dialog<Void> dialog = new Dialog<>();

    public NotificationDialog(Window owner, Theme theme, Citizen citizen, Outbox outbox, BackgroundTasks tasks,
            Consumer<OutboxReceipt> onSaved) {
        dialog.initOwner(owner);
        dialog.setTitle("Send a notification");
        dialog.setHeaderText("Notify " + citizen.name().fullName());
        theme.applyTo(dialog.getDialogPane().getScene());
        ChoiceBox<NotificationRequest.Channel> channel = new ChoiceBox<>(
                FXCollections.observableArrayList(NotificationRequest.Channel.values()));
        channel.setId("notify-channel");
        channel.setValue(NotificationRequest.Channel.LETTER);
        channel.setAccessibleText("Send by");
        channel.setConverter(converter(c -> c == NotificationRequest.Channel.SMS ? "Text message (SMS)" : "Letter"));
        ChoiceBox<Template> template = new ChoiceBox<>(FXCollections.observableArrayList(Template.values()));
        template.setId("notify-template");
        template.setValue(Template.CALL_BACK);
        template.setAccessibleText("Message");
        template.setConverter(converter(t -> t.label));
        boolean welsh = citizen.preferredLanguage() == Citizen.Language.WELSH;
        Label language = new Label(welsh ? "Sent in Welsh (Cymraeg), the customer's preferred language."
                : "Sent in English, the customer's preferred language.");
        language.setId("notify-language");
        Label message = new Label();
        message.setId("notify-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);
        VBox content = new VBox(new Label("Send by"), channel, new Label("Message"), template, language, message);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        ButtonType sendType = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sendType, ButtonType.CANCEL);
        Button send = (Button) dialog.getDialogPane().lookupButton(sendType);
        send.setId("notify-send");
        send.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            boolean hasMobile = citizen.contact() != null && citizen.contact().mobile() != null
                    && !citizen.contact().mobile().isBlank();
            if (channel.getValue() == NotificationRequest.Channel.SMS && !hasMobile) {
                message.setText("There is no mobile number on record: send a letter, or add the number first.");
                return;
            }
            NotificationRequest request = new NotificationRequest(channel.getValue(), template.getValue().code,
                    welsh ? "cy" : "en");
            send.setDisable(true);
            tasks.run(() -> outbox.submit(WriteRequest.notification(Nino.parse(citizen.nino()), request)), receipt -> {
                dialog.close();
                onSaved.accept(receipt);
            }, error -> {
                send.setDisable(false);
                message.setText("The notification could not be saved on this PC, so it has not been kept. Try again.");
            });
        });
    }

    public void show() {
        dialog.show();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
