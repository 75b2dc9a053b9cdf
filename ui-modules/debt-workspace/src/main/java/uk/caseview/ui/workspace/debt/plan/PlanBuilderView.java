package uk.caseview.ui.workspace.debt.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.repayment.Affordability;
import uk.caseview.sdk.repayment.Circumstance;
import uk.caseview.sdk.repayment.Pence;
import uk.caseview.sdk.repayment.PlanMessage;
import uk.caseview.sdk.repayment.RepaymentSchedule;
import uk.caseview.sdk.repayment.ScheduledInstalment;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.widget.Columns;
import uk.caseview.ui.workspace.debt.Choice;
import uk.caseview.ui.workspace.debt.DebtLabels;
import uk.caseview.ui.workspace.debt.Dates;
import uk.caseview.ui.workspace.debt.TimeAxis;

/** The plan builder: the terms on the left; the proposal's working, checks, schedule and chart beside them. */
public final class PlanBuilderView {

    private static final List<Choice<RecoveryMethod>> METHODS = List.of(
            new Choice<>(RecoveryMethod.BENEFIT_DEDUCTION, DebtLabels.of(RecoveryMethod.BENEFIT_DEDUCTION)),
            new Choice<>(RecoveryMethod.DIRECT_PAYMENT, DebtLabels.of(RecoveryMethod.DIRECT_PAYMENT)));
    private static final List<Choice<Frequency>> FREQUENCIES = List.of(Frequency.WEEKLY, Frequency.FORTNIGHTLY,
                    Frequency.FOUR_WEEKLY, Frequency.MONTHLY).stream()
            .map(f -> new Choice<>(f, DebtLabels.of(f))).toList();
    private static final List<Choice<Circumstance>> BANDS = Choice.anyThen("Choose the band",
            Arrays.asList(Circumstance.values()), Circumstance::label);

    private final PlanBuilderViewModel model;
    private final HBox root = new HBox(16);
    private final VBox messageBox = new VBox(4);
    private final XYChart.Series<Number, Number> balanceSeries = new XYChart.Series<>();
    private final TableView<ScheduledInstalment> scheduleTable = new TableView<>();
    private final ScrollPane page;

    public PlanBuilderView(PlanBuilderViewModel model) {
        this.model = model;
        root.getStyleClass().add("dw-plan-builder");
        root.setPadding(new Insets(12));
        VBox left = new VBox(12, form(), affordability(), agreeBar());
        VBox right = new VBox(10, outcome(), scheduleTable(), chart());
        // Widths in em (debt-workspace.css), so the form's choices read whole at every text size. A
        // wrapped message's preferred width is its whole sentence on one line; a small preferred
        // width on the right makes it take what is left instead of squeezing the form.
        right.getStyleClass().add("dw-plan-outcome-side");
        HBox.setHgrow(right, Priority.ALWAYS);
        ScrollPane leftScroll = uk.caseview.ui.fx.ScrollPanes.uncached(new ScrollPane(left));
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add("dw-plan-form-scroll");
        root.getChildren().setAll(leftScroll, right);
        // A page that scrolls when the window is too short for the schedule and chart at their
        // least (large text, a small screen), rather than squeezing the chart to a strip.
        page = uk.caseview.ui.fx.ScrollPanes.page(root);
        page.getStyleClass().add("dw-page");
        model.scheduleProperty().addListener((obs, old, now) -> showSchedule(now));
        model.messages().addListener((javafx.collections.ListChangeListener<PlanMessage>) c -> showMessages());
        showSchedule(model.scheduleProperty().get());
        showMessages();
    }

    public Node node() {
        return page;
    }

    private Node form() {
        ComboBox<Choice<RecoveryMethod>> method = new ComboBox<>();
        method.setId("plan-method");
        method.getItems().setAll(METHODS);
        bindChoice(method, METHODS, model.methodProperty());

        ComboBox<Choice<Circumstance>> band = new ComboBox<>();
        band.setId("plan-band");
        band.getItems().setAll(BANDS);
        bindChoice(band, BANDS, model.circumstanceProperty());

        ComboBox<Choice<Frequency>> frequency = new ComboBox<>();
        frequency.setId("plan-frequency");
        frequency.getItems().setAll(FREQUENCIES);
        bindChoice(frequency, FREQUENCIES, model.frequencyProperty());

        DatePicker start = new DatePicker();
        start.setId("plan-start");
        start.setConverter(lenientDates());
        start.valueProperty().bindBidirectional(model.startDateProperty());

        TextField amount = new TextField();
        amount.setId("plan-instalment");
        amount.setPrefColumnCount(8);
        amount.textProperty().bindBidirectional(model.instalmentTextProperty());
        Label pound = new Label("£");
        Button useProposal = new Button();
        useProposal.setId("plan-use-proposal");
        useProposal.getStyleClass().add(Styles.BUTTON_QUIET);
        useProposal.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.proposalProperty().get() == null || model.proposalProperty().get().instalmentPence() <= 0
                        ? "No proposal yet"
                        : "Use " + Pence.format(model.proposalProperty().get().instalmentPence()),
                model.proposalProperty()));
        useProposal.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.proposalProperty().get() == null || model.proposalProperty().get().instalmentPence() <= 0,
                model.proposalProperty()));
        useProposal.setOnAction(e -> model.useProposal());
        HBox amountRow = new HBox(4, pound, amount, useProposal);
        amountRow.setAlignment(Pos.CENTER_LEFT);
        Label amountProblem = new Label();
        amountProblem.setId("plan-amount-problem");
        amountProblem.getStyleClass().add("dw-inline-error");
        amountProblem.textProperty().bind(model.amountProblemProperty());
        amountProblem.visibleProperty().bind(amountProblem.textProperty().isNotEmpty());
        amountProblem.managedProperty().bind(amountProblem.visibleProperty());

        CheckBox hardship = new CheckBox("Reduced rate for hardship");
        hardship.setId("plan-hardship");
        hardship.selectedProperty().bindBidirectional(model.reducedForHardshipProperty());
        TextArea reason = new TextArea();
        reason.setId("plan-hardship-reason");
        reason.setPromptText("What is the hardship? (required for a reduced rate)");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.hardshipReasonProperty());
        reason.visibleProperty().bind(hardship.selectedProperty());
        reason.managedProperty().bind(hardship.selectedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, key("Recovery"), method);
        grid.addRow(row++, key("Allowance band"), band);
        grid.addRow(row++, key("How often"), frequency);
        grid.addRow(row++, key("First instalment"), start);
        grid.addRow(row++, key("Instalment"), amountRow);
        grid.add(amountProblem, 1, row++);
        grid.add(hardship, 1, row++);
        grid.add(reason, 1, row);
        Label title = new Label("Repayment plan for " + Pence.format(model.debt().outstandingPence()));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(8, title, grid);
    }

    private Node affordability() {
        Label heading = new Label("Affordability");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label figures = new Label();
        figures.setId("plan-affordability");
        figures.setWrapText(true);
        figures.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> describe(model.affordabilityProperty().get()), model.affordabilityProperty()));
        Label basis = new Label();
        basis.setId("plan-proposal-basis");
        basis.setWrapText(true);
        basis.getStyleClass().add(Styles.MUTED);
        basis.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.proposalProperty().get() == null ? "" : model.proposalProperty().get().basis(),
                model.proposalProperty()));
        Label note = new Label();
        note.setId("plan-sources-note");
        note.setWrapText(true);
        note.getStyleClass().add("dw-inline-warning");
        note.textProperty().bind(model.sourcesNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox box = new VBox(6, heading, figures, basis, note);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static String describe(Affordability a) {
        if (a == null) {
            return "Working out what the customer can afford…";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Net earnings ").append(Pence.format(a.netMonthlyEarningsPence())).append(" a month");
        sb.append(a.payPeriodsCounted() == 0 ? " (no RTI pay in the last 3 months)" : " (RTI, " + a.payPeriodsCounted()
                + " payments averaged)");
        sb.append("\nBenefits ").append(Pence.format(a.monthlyAwardPence())).append(" a month");
        sb.append("\nOther deductions ").append(Pence.format(a.otherDeductionsMonthlyPence())).append(" a month");
        if (a.circumstance() != null) {
            sb.append("\nStandard allowance ").append(Pence.format(a.standardAllowanceMonthlyPence()))
                    .append(" a month; deduction cap ").append(a.capPercent().stripTrailingZeros().toPlainString())
                    .append("% = ").append(Pence.format(a.capMonthlyPence()))
                    .append("; room left ").append(Pence.format(a.deductionHeadroomMonthlyPence()));
        }
        return sb.toString();
    }

    private Node agreeBar() {
        Button agree = new Button("Agree plan");
        agree.setId("plan-agree");
        agree.getStyleClass().add(Styles.BUTTON_PRIMARY);
        agree.setDefaultButton(false);
        agree.disableProperty().bind(model.canAgreeBinding().not());
        agree.setOnAction(e -> model.agree());
        Label status = new Label();
        status.setId("plan-submission");
        status.setWrapText(true);
        status.textProperty().bind(model.submissionMessageProperty());
        model.submissionProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeAll("dw-inline-error", "dw-inline-warning", "dw-inline-ok");
            switch (now) {
                case FAILED, ATTENTION -> status.getStyleClass().add("dw-inline-error");
                case QUEUED -> status.getStyleClass().add("dw-inline-warning");
                case SENT -> status.getStyleClass().add("dw-inline-ok");
                default -> {}
            }
        });
        return new VBox(6, agree, status);
    }

    private Node outcome() {
        messageBox.setId("plan-messages");
        Label summary = new Label();
        summary.setId("plan-summary");
        summary.getStyleClass().add("dw-plan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE); // a wrapped line needs the height of all its lines
        summary.textProperty().bind(model.summaryProperty());
        return new VBox(6, messageBox, summary);
    }

    private Node scheduleTable() {
        scheduleTable.setId("plan-schedule");
        scheduleTable.setPlaceholder(new Label("The schedule appears here once the instalment clears the debt."));
        scheduleTable.getStyleClass().add("dw-plan-schedule");
        // Columns that measure their cells at the text size, so fit() keeps dates and amounts whole.
        TableColumn<ScheduledInstalment, String> number = Columns.text("No.", i -> Integer.toString(i.number()));
        TableColumn<ScheduledInstalment, LocalDate> due = Columns.date("Due", ScheduledInstalment::dueDate);
        TableColumn<ScheduledInstalment, Long> amount = Columns.money("Amount", ScheduledInstalment::amountPence);
        // "Balance", not "Balance after": the header is no wider than "£99,999.99", the width the column keeps.
        TableColumn<ScheduledInstalment, Long> left = Columns.money("Balance", ScheduledInstalment::balanceAfterPence);
        List.of(number, due, amount, left).forEach(c -> c.setSortable(false)); // a schedule reads in date order
        scheduleTable.getColumns().setAll(List.of(number, due, amount, left));
        // The instalment's number needs a few digits; the dates and amounts share the rest (seen on
        // screen: equal shares gave "No." as much room as the due date). Too narrow for all four
        // (large text beside the form), the number goes first: the due date says which instalment it is.
        Columns.widths(new double[] {5, 14, 12, 13}, number, due, amount, left);
        Columns.fit(scheduleTable, number);
        VBox.setVgrow(scheduleTable, Priority.ALWAYS);
        return scheduleTable;
    }

    private Node chart() {
        NumberAxis x = TimeAxis.create("Date");
        NumberAxis y = TimeAxis.pounds("Balance");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("plan-chart");
        chart.getStyleClass().add("dw-time-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setTitle("Balance over the plan");
        chart.getStyleClass().add("dw-plan-chart");
        balanceSeries.setName("Balance");
        chart.getData().add(balanceSeries);
        return chart;
    }

    private void showSchedule(RepaymentSchedule s) {
        if (s == null || s.instalments().isEmpty()) {
            scheduleTable.getItems().clear();
            balanceSeries.getData().clear();
            return;
        }
        scheduleTable.getItems().setAll(s.instalments());
        List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>(s.count() + 1);
        // The balance as it stands, one period before the first instalment, so the line starts level with the debt.
        points.add(new XYChart.Data<>(onePeriodBefore(s.terms().startDate(), s.terms().frequency()).toEpochDay(),
                TimeAxis.plotPounds(s.terms().balancePence())));
        for (ScheduledInstalment i : s.instalments()) {
            points.add(new XYChart.Data<>(i.dueDate().toEpochDay(), TimeAxis.plotPounds(i.balanceAfterPence())));
        }
        balanceSeries.getData().setAll(points);
    }

    private static LocalDate onePeriodBefore(LocalDate start, Frequency f) {
        return switch (f) {
            case WEEKLY -> start.minusWeeks(1);
            case FORTNIGHTLY -> start.minusWeeks(2);
            case FOUR_WEEKLY -> start.minusWeeks(4);
            default -> start.minusMonths(1);
        };
    }

    private void showMessages() {
        messageBox.getChildren().setAll(model.messages().stream().map(m -> {
            Label l = new Label(m.text());
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
            l.getStyleClass().add(m.isError() ? "dw-inline-error" : "dw-inline-warning");
            l.setUserData(m.code());
            return (Node) l;
        }).toList());
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.KEY);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static <T> void bindChoice(ComboBox<Choice<T>> box, List<Choice<T>> choices,
            javafx.beans.property.ObjectProperty<T> property) {
        box.setValue(Choice.find(choices, property.get()));
        box.valueProperty().addListener((obs, old, now) -> property.set(now == null ? null : now.value()));
        property.addListener((obs, old, now) -> {
            if (box.getValue() == null || !java.util.Objects.equals(box.getValue().value(), now)) {
                box.setValue(Choice.find(choices, now));
            }
        });
    }

    /** Accepts 3/6/2026, 03/06/2026, 2026-06-03 and "3 Jun 2026"; anything else is no date (the checks say so). */
    private static StringConverter<LocalDate> lenientDates() {
        List<DateTimeFormatter> accepted = List.of(DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
                DateTimeFormatter.ISO_LOCAL_DATE, Dates.SHORT, Dates.LONG);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : Dates.SHORT.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter f : accepted) {
                    try {
                        return LocalDate.parse(s.strip(), f);
                    } catch (DateTimeParseException e) {
                        // try the next format
                    }
                }
                return null;
            }
        };
    }
}
