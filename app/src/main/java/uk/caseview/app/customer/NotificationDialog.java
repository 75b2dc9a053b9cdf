package uk.caseview.app.customer;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.error.ConflictException;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationPreview;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.citizen.NotificationRequest.Channel;
import uk.caseview.sdk.model.citizen.NotificationTemplate;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.ServiceDeskReference;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;
import uk.caseview.ui.widget.Columns;

/**
 * Sends a letter or text message, always in the citizen's preferred language (the request names
 * it, so a Welsh speaker gets Welsh even if a default changes). The caseworker reads the exact
 * wording first, as the citizen service will fill it in, and sees what was sent before and whether
 * it arrived. For a Welsh speaker the English wording is there too, for a caseworker who does not
 * read Welsh; only the Welsh is sent.
 */
public final class NotificationDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final Nino nino;
    private final CaseviewApis apis;
    private final BackgroundTasks tasks;
    private final String language;
    private final ChoiceBox<Channel> channel = new ChoiceBox<>(FXCollections.observableArrayList(Channel.values()));
    private final ChoiceBox<NotificationTemplate> template = new ChoiceBox<>(FXCollections.observableArrayList(
            List.of(NotificationTemplate.CALL_BACK, NotificationTemplate.PAYMENT_DATE,
                    NotificationTemplate.EVIDENCE_REMINDER, NotificationTemplate.DEBT_PLAN_CONFIRMATION)));
    private final Label subject = new Label();
    private final TextArea preview = new TextArea();
    private final TextArea english = new TextArea();
    private final TitledPane englishPane = new TitledPane("What it says in English (for you; not sent)", english);
    private final Label message = new Label();
    private final TextArea sentText = new TextArea();
    private final Button send;
    /** Only the newest preview asked for is shown: an older answer arriving late is dropped. */
    private int previewAsked;
    private boolean previewRefused;
    private final boolean hasMobile;

    public NotificationDialog(Window owner, Theme theme, Citizen citizen, CaseviewApis apis, Outbox outbox,
            BackgroundTasks tasks, ZoneId zone, Consumer<OutboxReceipt> onSaved) {
        this.nino = Nino.parse(citizen.nino());
        this.apis = apis;
        this.tasks = tasks;
        boolean welsh = citizen.preferredLanguage() == Citizen.Language.WELSH;
        this.language = welsh ? "cy" : "en";
        this.hasMobile = citizen.contact() != null && citizen.contact().mobile() != null
                && !citizen.contact().mobile().isBlank();
        dialog.initOwner(owner);
        dialog.setTitle("Send a notification");
        dialog.setHeaderText("Notify " + citizen.name().fullName());
        dialog.setResizable(true);
        theme.applyTo(dialog.getDialogPane().getScene());

        channel.setId("notify-channel");
        channel.setValue(Channel.LETTER);
        channel.setAccessibleText("Send by");
        channel.setConverter(converter(c -> c == Channel.SMS ? "Text message (SMS)" : "Letter"));
        template.setId("notify-template");
        template.setValue(NotificationTemplate.CALL_BACK);
        template.setAccessibleText("Message");
        template.setConverter(converter(NotificationTemplate::label));
        Label languageLine = new Label(welsh ? "Sent in Welsh (Cymraeg), the customer's preferred language."
                : "Sent in English, the customer's preferred language.");
        languageLine.setId("notify-language");

        subject.setId("notify-preview-subject");
        subject.getStyleClass().add("cv-section-title");
        subject.setWrapText(true);
        preview.setId("notify-preview");
        preview.setAccessibleText(welsh ? "The message as it will be sent, in Welsh" : "The message as it will be sent");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(7);
        english.setId("notify-preview-english");
        english.setEditable(false);
        english.setWrapText(true);
        english.setPrefRowCount(7);
        englishPane.setId("notify-english");
        englishPane.setExpanded(false);
        englishPane.setVisible(welsh);
        englishPane.setManaged(welsh);
        englishPane.expandedProperty().addListener((o, was, open) -> {
            if (open) {
                showEnglish(previewAsked);
            }
        });

        message.setId("notify-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);

        TableView<Notification> history = history(zone);
        sentText.setId("notify-sent-text");
        sentText.setEditable(false);
        sentText.setWrapText(true);
        sentText.setPrefRowCount(4);
        sentText.setPromptText("Choose one above to read what was sent.");
        sentText.setAccessibleText("The message chosen above, as it was sent");
        Label historyTitle = new Label("Sent before");
        historyTitle.getStyleClass().add("cv-section-title");

        VBox content = new VBox(new Label("Send by"), channel, new Label("Message"), template, languageLine,
                new Label("What they will get"), subject, preview, englishPane, message,
                historyTitle, history, sentText);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);

        ButtonType sendType = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sendType, ButtonType.CANCEL);
        send = (Button) dialog.getDialogPane().lookupButton(sendType);
        send.setId("notify-send");
        send.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (previewRefused) {
                return;
            }
            NotificationRequest request = new NotificationRequest(channel.getValue(), template.getValue(), language);
            send.setDisable(true);
            tasks.run(() -> outbox.submit(WriteRequest.notification(nino, request)), receipt -> {
                dialog.close();
                onSaved.accept(receipt);
            }, error -> {
                send.setDisable(false);
                message.setText("The notification could not be saved on this PC, so it has not been kept. Try again.");
            });
        });

        channel.valueProperty().addListener((o, was, now) -> showPreview());
        template.valueProperty().addListener((o, was, now) -> showPreview());
        showPreview();
    }

    public void show() {
        dialog.show();
    }

    /** Asks the citizen service for the wording of the chosen message, off the FX thread. */
    private void showPreview() {
        int asked = ++previewAsked;
        Channel c = channel.getValue();
        NotificationTemplate t = template.getValue();
        previewRefused = false;
        send.setDisable(true);
        message.setText("");
        subject.setText("");
        if (c == Channel.SMS && !hasMobile) {
            previewRefused = true;
            preview.setText("");
            message.setText("There is no mobile number on record: send a letter, or add the number first.");
            return;
        }
        preview.setText("Fetching the wording…");
        tasks.run(() -> apis.citizen().previewNotification(nino.value(), c.code(), t.code(), language), p -> {
            if (asked != previewAsked) {
                return;
            }
            subject.setText(p.subject());
            preview.setText(p.body());
            send.setDisable(false);
        }, error -> {
            if (asked != previewAsked) {
                return;
            }
            preview.setText("");
            if (error instanceof ConflictException refused) {
                // The service says this message does not apply to this customer: sending it would be refused too.
                previewRefused = true;
                message.setText(refused.problem().map(pr -> pr.detail()).orElse(
                        "This message does not apply to this customer.") + " Choose another message.");
                return;
            }
            // Offline or slow: the wording can't be shown, but the request is kept and sent when the service is back.
            send.setDisable(false);
            message.setText("The wording can't be shown just now (the citizen service isn't answering). You can still "
                    + "send it: it is kept on this PC and goes " + (language.equals("cy") ? "in Welsh " : "")
                    + "when the service is back." + ServiceDeskReference.sentence(error));
        });
        if (englishPane.isVisible() && englishPane.isExpanded()) {
            showEnglish(asked);
        }
    }

    /** The English of the chosen message, for a caseworker who does not read Welsh; only while its pane is open. */
    private void showEnglish(int asked) {
        Channel c = channel.getValue();
        NotificationTemplate t = template.getValue();
        english.setText("Fetching the English wording…");
        tasks.run(() -> apis.citizen().previewNotification(nino.value(), c.code(), t.code(), "en"), p -> {
            if (asked == previewAsked) {
                english.setText(p.subject() + "\n\n" + p.body());
            }
        }, error -> {
            if (asked == previewAsked) {
                english.setText(error instanceof ConflictException ? ""
                        : "The English wording can't be shown just now.");
            }
        });
    }

    /** What went to this customer before, newest first, and whether it arrived. */
    private TableView<Notification> history(ZoneId zone) {
        TableView<Notification> table = new TableView<>();
        table.setId("notify-history");
        table.setAccessibleText("Letters and text messages sent before, newest first");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Loading what was sent before…"));
        table.setPrefHeight(120);
        table.getColumns().add(Columns.plain("When", 130, n -> Dates.format(n.createdAt(), zone)));
        table.getColumns().add(Columns.plain("What", 330, n -> (n.channel() == Channel.SMS ? "Text: " : "Letter: ")
                + n.subject() + ("cy".equals(n.language()) ? " (Welsh)" : "")));
        table.getColumns().add(Columns.plain("Status", 140, n -> n.status().label()));
        // The one chosen reads in full below: the exact words that went, and why a text did not arrive.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, n) -> sentText.setText(n == null ? ""
                : (n.status() == Notification.Status.FAILED && n.failureReason() != null
                        ? "Not delivered: " + n.failureReason() + "\n\n" : "")
                        + n.subject() + "\n\n" + n.body()));
        tasks.run(() -> apis.citizen().listNotifications(nino.value()), list -> {
            table.setItems(FXCollections.observableArrayList(list.notifications()));
            table.setPlaceholder(new Label("Nothing has been sent to this customer from Caseview."));
        }, error -> table.setPlaceholder(new Label("What was sent before can't be shown just now.")));
        return table;
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
