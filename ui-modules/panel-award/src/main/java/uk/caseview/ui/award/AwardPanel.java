package uk.caseview.ui.award;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.state.SourcePane;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.widget.Pill;

/** One card per benefit: status, amount and frequency, next payment, deductions, recent payments. */
final class AwardPanel implements CustomerPanel {

    private final PanelContext context;
    private final SourcePane<Awards> pane;
    private final Label summary = new Label();
    private final VBox cards = new VBox();

    AwardPanel(PanelContext context, String title) {
        this.context = context;
        this.pane = new SourcePane<>(title, Source.AWARD, context::retry);
        summary.getStyleClass().add(Styles.MUTED);
        summary.setId("awards-summary");
        cards.getStyleClass().add("cv-stack");
        ScrollPane scroll = uk.caseview.ui.fx.ScrollPanes.uncached(new ScrollPane(cards));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        pane.headerTools().add(summary);
        pane.setContent(scroll);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(CustomerView view) {
        pane.show(view.awards(), context.clock().instant(), this::render);
    }

    @Override
    public void focus() {
        pane.focusBody();
    }

    private void render(Awards awards) {
        summary.setText(AwardViewModel.summary(awards));
        LocalDate today = LocalDate.now(context.clock());
        if (awards.awards().isEmpty()) {
            Label empty = new Label("No benefits awarded.");
            empty.getStyleClass().add(Styles.EMPTY);
            cards.getChildren().setAll(empty);
            return;
        }
        cards.getChildren().setAll(AwardViewModel.ordered(awards).stream().map(a -> card(a, today)).toList());
    }

    private Node card(Award award, LocalDate today) {
        Label name = new Label(award.benefitName() == null ? award.benefit() : award.benefitName());
        name.getStyleClass().add("cv-card-title");
        Pill status = new Pill(AwardViewModel.statusText(award.status()), AwardViewModel.tone(award.status()));
        Label period = new Label(AwardViewModel.period(award));
        period.getStyleClass().add(Styles.MUTED);
        HBox title = Layouts.row(name, status, Layouts.spacer(), period);

        Label amount = new Label(AwardViewModel.amount(award));
        amount.getStyleClass().add("cv-amount");
        amount.setMinWidth(Region.USE_PREF_SIZE); // money is never shortened to "£44..."
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label frequency = new Label(AwardViewModel.frequency(award.frequency()));
        frequency.getStyleClass().add(Styles.MUTED);
        Label next = new Label(AwardViewModel.nextPayment(award));
        next.getStyleClass().add(AwardViewModel.paymentSoon(award, today) ? "cv-emphasis" : Styles.MUTED);
        frequency.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        // Side by side while both fit; at large text the next payment moves under the amount, whole.
        HBox amountAndFrequency = Layouts.row(amount, frequency);
        amountAndFrequency.setAlignment(Pos.BASELINE_LEFT);
        javafx.scene.layout.FlowPane money = new javafx.scene.layout.FlowPane(amountAndFrequency, next);
        money.getStyleClass().add("cv-award-money");
        money.setHgap(24);
        money.setRowValignment(javafx.geometry.VPos.BASELINE);
        money.setColumnHalignment(javafx.geometry.HPos.LEFT);

        VBox card = new VBox(title, money);
        card.getStyleClass().add(Styles.CARD);
        card.setAccessibleText(name.getText() + ", " + status.getText() + ", " + amount.getText() + " "
                + frequency.getText() + ", " + next.getText());

        if (!award.deductions().isEmpty()) {
            card.getChildren().add(section("Deductions"));
            GridPane deductions = new GridPane();
            deductions.getStyleClass().add("cv-mini-table");
            int row = 0;
            for (Deduction d : award.deductions()) {
                Label amountLabel = new Label("-" + Money.format(d.amountPence()));
                amountLabel.getStyleClass().add(Styles.NUMERIC);
                amountLabel.setMinWidth(Region.USE_PREF_SIZE); // the reason wraps; the amount is never cut
                Label reason = new Label(d.reason());
                reason.setWrapText(true);
                deductions.addRow(row++, reason, amountLabel);
            }
            Label net = new Label(AwardViewModel.net(award));
            net.getStyleClass().add("cv-emphasis");
            card.getChildren().addAll(deductions, net);
        }

        var payments = AwardViewModel.recentPayments(award);
        if (!payments.isEmpty()) {
            card.getChildren().add(section("Recent payments"));
            GridPane grid = new GridPane();
            grid.getStyleClass().add("cv-mini-table");
            int row = 0;
            for (Payment p : payments) {
                Label amountLabel = new Label(Money.format(p.amountPence()));
                amountLabel.getStyleClass().add(Styles.NUMERIC);
                amountLabel.setMinWidth(Region.USE_PREF_SIZE);
                Node state = p.status() == Payment.Status.PAID
                        ? new Label("Paid")
                        : new Pill(AwardViewModel.statusText(p.status()), AwardViewModel.tone(p.status()));
                if (state instanceof Label l && !(state instanceof Pill)) {
                    l.getStyleClass().add(Styles.MUTED);
                }
                grid.addRow(row++, new Label(Dates.format(p.paidOn())), amountLabel, state);
            }
            card.getChildren().add(grid);
        }
        return card;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
