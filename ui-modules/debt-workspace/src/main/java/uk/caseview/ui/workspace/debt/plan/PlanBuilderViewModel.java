package uk.caseview.ui.workspace.debt.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.repayment.Affordability;
import uk.caseview.sdk.repayment.AffordabilityCalculator;
import uk.caseview.sdk.repayment.Circumstance;
import uk.caseview.sdk.repayment.Pence;
import uk.caseview.sdk.repayment.PlanMessage;
import uk.caseview.sdk.repayment.PlanTerms;
import uk.caseview.sdk.repayment.Proposal;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.sdk.repayment.RepaymentSchedule;
import uk.caseview.sdk.repayment.ScheduleCalculator;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.debt.Dates;
import uk.caseview.ui.workspace.debt.Problems;

/**
 * The repayment plan builder. It fetches what affordability needs (the citizen for the allowance
 * band, RTI earnings, awards) off the FX thread, proposes an instalment, and recomputes the
 * schedule on the FX thread on every change: the calculation is pure and takes microseconds
 * (see the JMH figures), so the table, end date and chart follow each keystroke.
 */
public final class PlanBuilderViewModel {

    public enum SubmissionState { NOT_SENT, SENDING, QUEUED, SENT, FAILED, ATTENTION }

    private final Debt debt;
    private final CaseviewApis apis;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final PlanSubmitter submitter;
    private final ScheduleCalculator calculator;
    private final AffordabilityCalculator affordabilityCalculator;

    private final ObjectProperty<RecoveryMethod> method = new SimpleObjectProperty<>(RecoveryMethod.BENEFIT_DEDUCTION);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.MONTHLY);
    private final ObjectProperty<Circumstance> circumstance = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty instalmentText = new SimpleStringProperty("");
    private final BooleanProperty reducedForHardship = new SimpleBooleanProperty();
    private final StringProperty hardshipReason = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<RepaymentSchedule> schedule = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Affordability> affordability = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Proposal> proposal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper amountProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourcesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SubmissionState> submission = new ReadOnlyObjectWrapper<>(SubmissionState.NOT_SENT);
    private final ReadOnlyStringWrapper submissionMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<PlanMessage> messages = FXCollections.observableArrayList();
    private final BooleanBinding canAgree;

    private Citizen citizen;
    private Earnings earnings;
    private Awards awards;
    private int sourcesPending;
    private final StringBuilder missingSources = new StringBuilder();
    private boolean amountEdited;
    private boolean settingProposal;
    private String idempotencyKey;
    private boolean waitedForService;
    private PlanTerms keyIssuedFor;
    private java.util.function.Consumer<Debt> onAgreed = d -> {};

    public PlanBuilderViewModel(Debt debt, CaseviewApis apis, BackgroundTasks tasks, Clock clock,
            RecoveryReferenceData rules, PlanSubmitter submitter) {
        this.debt = debt;
        this.apis = apis;
        this.tasks = tasks;
        this.clock = clock;
        this.submitter = submitter;
        this.calculator = new ScheduleCalculator(rules);
        this.affordabilityCalculator = new AffordabilityCalculator(rules);
        startDate.set(today().plusDays(14));
        if (debt.recoveryMethod() == RecoveryMethod.DIRECT_PAYMENT) {
            method.set(RecoveryMethod.DIRECT_PAYMENT);
        }
        instalmentText.addListener((obs, old, now) -> {
            if (!settingProposal) {
                amountEdited = true;
            }
            recalculate();
        });
        method.addListener((obs, old, now) -> repropose());
        frequency.addListener((obs, old, now) -> repropose());
        circumstance.addListener((obs, old, now) -> reassess());
        startDate.addListener((obs, old, now) -> repropose());
        reducedForHardship.addListener((obs, old, now) -> recalculate());
        hardshipReason.addListener((obs, old, now) -> recalculate());
        canAgree = Bindings.createBooleanBinding(
                () -> schedule.get() != null && schedule.get().agreeable() && amountProblem.get().isEmpty()
                        && (submission.get() == SubmissionState.NOT_SENT || submission.get() == SubmissionState.FAILED),
                schedule, amountProblem, submission);
        recalculate();
    }

    /** Fetches the citizen, earnings and awards in parallel; each that fails is named, and the rest still count. */
    public void load() {
        String nino = debt.nino();
        LocalDate today = today();
        sourcesPending = 3;
        sourcesNote.set("Fetching earnings and awards for the proposal…");
        tasks.run(() -> apis.citizen().getCitizen(nino), c -> {
            citizen = c;
            sourceDone(null);
        }, e -> sourceDone("the customer's record (choose the allowance band)"));
        tasks.run(() -> apis.earnings().getEarnings(nino, today.minusMonths(3).toString(), today.toString()), e -> {
            earnings = e;
            sourceDone(null);
        }, e -> sourceDone("RTI earnings (none are counted)"));
        tasks.run(() -> apis.award().getAwards(nino), a -> {
            awards = a;
            sourceDone(null);
        }, e -> sourceDone("awards (none are counted)"));
    }

    private void sourceDone(String missing) {
        if (missing != null) {
            missingSources.append(missingSources.isEmpty() ? "" : "; ").append(missing);
        }
        if (--sourcesPending > 0) {
            return;
        }
        sourcesNote.set(missingSources.isEmpty() ? "" : "Could not fetch " + missingSources + ".");
        if (citizen != null && circumstance.get() == null) {
            Circumstance.forCitizen(citizen, startDate.get()).ifPresent(circumstance::set);
        }
        if (awards != null && awards.awards().stream().noneMatch(a -> a.status() == Award.Status.LIVE)) {
            method.set(RecoveryMethod.DIRECT_PAYMENT); // nothing to deduct from
        }
        reassess();
    }

    private void reassess() {
        affordability.set(affordabilityCalculator.assess(earnings, awards, debt.debtId(), circumstance.get(), today()));
        repropose();
    }

    private void repropose() {
        Affordability a = affordability.get();
        if (a != null && startDate.get() != null) {
            Proposal p = affordabilityCalculator.propose(a, debt.outstandingPence(), method.get(), frequency.get(),
                    startDate.get());
            proposal.set(p);
            if (!amountEdited && p.instalmentPence() > 0) {
                useProposal();
                return;
            }
        }
        recalculate();
    }

    /** Puts the proposed amount in the instalment box. */
    public void useProposal() {
        Proposal p = proposal.get();
        if (p == null || p.instalmentPence() <= 0) {
            return;
        }
        settingProposal = true;
        try {
            instalmentText.set(Pence.format(p.instalmentPence()).substring(1).replace(",", ""));
            amountEdited = false;
        } finally {
            settingProposal = false;
        }
        recalculate();
    }

    private void recalculate() {
        Optional<String> problem = Pence.problemWith(instalmentText.get());
        amountProblem.set(problem.orElse(""));
        long pence = Pence.parse(instalmentText.get()).orElse(0L);
        RepaymentSchedule s = calculator.calculate(terms(pence), today());
        schedule.set(s);
        messages.setAll(problem.isPresent() ? List.of() : s.messages());
        summary.set(problem.isPresent() || s.instalments().isEmpty() ? "" : summaryOf(s));
        if (submission.get() == SubmissionState.FAILED) {
            submission.set(SubmissionState.NOT_SENT);
            submissionMessage.set("");
        }
    }

    private PlanTerms terms(long instalmentPence) {
        Affordability a = affordability.get();
        long others = a == null || method.get() != RecoveryMethod.BENEFIT_DEDUCTION ? 0 : a.otherDeductionsMonthlyPence();
        return new PlanTerms(debt.outstandingPence(), instalmentPence, frequency.get(), startDate.get(), method.get(),
                circumstance.get(), others, reducedForHardship.get(), hardshipReason.get());
    }

    private static String summaryOf(RepaymentSchedule s) {
        String count = s.count() == 1 ? "1 instalment" : s.count() + " instalments";
        String last = s.count() > 1 && s.finalInstalmentPence().orElse(0L) != s.terms().instalmentPence()
                ? " (the last is " + Pence.format(s.finalInstalmentPence().orElseThrow()) + ")"
                : "";
        return count + last + ", " + Pence.format(s.totalPence()) + " in total. Cleared on "
                + Dates.LONG.format(s.endDate().orElseThrow()) + ".";
    }

    /**
     * Hands the plan to the submitter. The idempotency key stays the same while the terms do, so a
     * second press after a failure can never agree the plan twice.
     */
    public void agree() {
        RepaymentSchedule s = schedule.get();
        if (!canAgree.get()) {
            return;
        }
        PlanTerms terms = s.terms();
        if (idempotencyKey == null || !terms.equals(keyIssuedFor)) {
            idempotencyKey = UUID.randomUUID().toString();
            keyIssuedFor = terms;
        }
        String key = idempotencyKey;
        Nino nino = Nino.parse(debt.nino());
        submission.set(SubmissionState.SENDING);
        submissionMessage.set("Sending the plan…");
        tasks.run(() -> submitter.submit(nino, debt.debtId(), debt.version(), terms.toRequest(), key,
                        later -> tasks.onFxThread(() -> progress(terms, later))),
                first -> progress(terms, first),
                error -> {
                    submission.set(SubmissionState.FAILED);
                    submissionMessage.set(Problems.describe("The plan was not agreed.", error));
                });
    }

    private void progress(PlanTerms terms, PlanSubmitter.Progress p) {
        if (submission.get() == SubmissionState.SENT) {
            return; // a late "queued" never undoes "agreed"
        }
        if (p.idempotencyKey() != null) {
            idempotencyKey = p.idempotencyKey();
        }
        switch (p.stage()) {
            case SENT -> {
                submission.set(SubmissionState.SENT);
                submissionMessage.set((waitedForService ? "The queued plan has been sent. " : "") + "Plan agreed: "
                        + Pence.format(terms.instalmentPence()) + " " + Pence.per(terms.frequency()) + " from "
                        + Dates.LONG.format(terms.startDate()) + ".");
                onAgreed.accept(p.debt());
            }
            case QUEUED -> {
                submission.set(SubmissionState.QUEUED);
                submissionMessage.set("Plan saved on this computer; sending it to the debt service…");
            }
            case WAITING_FOR_SERVICE -> {
                waitedForService = true;
                submission.set(SubmissionState.QUEUED);
                submissionMessage.set("The debt service can't be reached, so the plan is queued on this computer"
                        + " and will be sent automatically when it is back. Nothing needs doing again.");
            }
            case NEEDS_ATTENTION -> {
                submission.set(SubmissionState.ATTENTION);
                submissionMessage.set(p.message() == null
                        ? "The debt service did not accept the plan. It is kept with your unsent changes."
                        : p.message());
            }
        }
    }

    public void setOnAgreed(java.util.function.Consumer<Debt> onAgreed) {
        this.onAgreed = onAgreed;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public Debt debt() {
        return debt;
    }

    public ObjectProperty<RecoveryMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<Circumstance> circumstanceProperty() {
        return circumstance;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty instalmentTextProperty() {
        return instalmentText;
    }

    public BooleanProperty reducedForHardshipProperty() {
        return reducedForHardship;
    }

    public StringProperty hardshipReasonProperty() {
        return hardshipReason;
    }

    public ReadOnlyObjectProperty<RepaymentSchedule> scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Affordability> affordabilityProperty() {
        return affordability.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Proposal> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountProblemProperty() {
        return amountProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourcesNoteProperty() {
        return sourcesNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SubmissionState> submissionProperty() {
        return submission.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty submissionMessageProperty() {
        return submissionMessage.getReadOnlyProperty();
    }

    public ObservableList<PlanMessage> messages() {
        return messages;
    }

    public BooleanBinding canAgreeBinding() {
        return canAgree;
    }

    /** The key the last submission used; the same terms sent again reuse it. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
