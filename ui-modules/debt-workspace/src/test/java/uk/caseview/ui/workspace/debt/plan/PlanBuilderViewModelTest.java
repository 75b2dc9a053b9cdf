package uk.caseview.ui.workspace.debt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.repayment.Circumstance;
import uk.caseview.sdk.repayment.PlanMessage.Code;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.debt.FakeDebtService;

class PlanBuilderViewModelTest {

    private final FakeDebtService service = new FakeDebtService();
    private final BackgroundTasks now = new BackgroundTasks(Runnable::run, Runnable::run);
    private final Clock clock = Clock.fixed(FakeDebtService.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private PlanBuilderViewModel model(PlanSubmitter submitter) {
        PlanBuilderViewModel m = new PlanBuilderViewModel(service.debt(), service.apis(), now, clock,
                RecoveryReferenceData.standard(), submitter);
        m.load();
        return m;
    }

    private PlanBuilderViewModel model() {
        return model(new DirectPlanSubmitter(service));
    }

    @Test
    void proposesTheRoomLeftUnderTheCapAndShowsTheSchedule() {
        PlanBuilderViewModel m = model();
        // Born 1985: single, 25 or over. 15% of £400.14 = £60.02, less £20.00 for the other debt.
        assertThat(m.circumstanceProperty().get()).isEqualTo(Circumstance.SINGLE_25_OR_OVER);
        assertThat(m.proposalProperty().get().instalmentPence()).isEqualTo(4_002);
        assertThat(m.instalmentTextProperty().get()).isEqualTo("40.02");
        assertThat(m.scheduleProperty().get().agreeable()).isTrue();
        assertThat(m.scheduleProperty().get().count()).isEqualTo(27); // £1,050.00 at £40.02
        assertThat(m.summaryProperty().get()).startsWith("27 instalments (the last is £9.48), £1,050.00 in total.")
                .endsWith("Cleared on 24 March 2028.");
        assertThat(m.canAgreeBinding().get()).isTrue();
    }

    @Test
    void typingAnAmountRecomputesAtOnce() {
        PlanBuilderViewModel m = model();
        m.instalmentTextProperty().set("50");
        assertThat(m.scheduleProperty().get().count()).isEqualTo(21);
        m.instalmentTextProperty().set("60.03");
        assertThat(m.messages()).extracting(msg -> msg.code()).containsExactly(Code.EXCEEDS_CAP);
        assertThat(m.canAgreeBinding().get()).isFalse();
        m.instalmentTextProperty().set("6o");
        assertThat(m.amountProblemProperty().get()).contains("not an amount");
        assertThat(m.canAgreeBinding().get()).isFalse();
    }

    @Test
    void changingTheFrequencyReproposesUntilTheCaseworkerTypes() {
        PlanBuilderViewModel m = model();
        m.frequencyProperty().set(Frequency.WEEKLY);
        assertThat(m.instalmentTextProperty().get()).isEqualTo("9.23");
        m.instalmentTextProperty().set("8");
        m.frequencyProperty().set(Frequency.FORTNIGHTLY);
        assertThat(m.instalmentTextProperty().get()).isEqualTo("8");
        assertThat(m.scheduleProperty().get().terms().frequency()).isEqualTo(Frequency.FORTNIGHTLY);
        m.useProposal();
        assertThat(m.instalmentTextProperty().get()).isEqualTo("18.47");
    }

    @Test
    void aReducedRateNeedsAReasonBeforeItCanBeAgreed() {
        PlanBuilderViewModel m = model();
        m.instalmentTextProperty().set("10");
        m.reducedForHardshipProperty().set(true);
        assertThat(m.messages()).extracting(msg -> msg.code()).containsExactly(Code.HARDSHIP_REASON_REQUIRED);
        assertThat(m.canAgreeBinding().get()).isFalse();
        m.hardshipReasonProperty().set("Rent arrears after losing hours");
        assertThat(m.canAgreeBinding().get()).isTrue();
    }

    @Test
    void directPaymentProposesFromIncomeAboveTheAllowance() {
        PlanBuilderViewModel m = model();
        m.methodProperty().set(RecoveryMethod.DIRECT_PAYMENT);
        // £1,000 earnings + £500 UC − £20 other deductions − £400.14 allowance = £1,079.86; half, whole pounds.
        assertThat(m.proposalProperty().get().instalmentPence()).isEqualTo(53_900);
    }

    @Test
    void agreeingSendsThePlanWithAnIdempotencyKey() {
        PlanBuilderViewModel m = model();
        m.agree();
        assertThat(m.submissionProperty().get()).isEqualTo(PlanBuilderViewModel.SubmissionState.SENT);
        assertThat(service.plansAgreed).singleElement()
                .satisfies(p -> assertThat(p.instalmentPence()).isEqualTo(4_002));
        assertThat(service.idempotencyKeysSeen).singleElement().isEqualTo(m.idempotencyKey().orElseThrow());
        assertThat(m.submissionMessageProperty().get()).startsWith("Plan agreed: £40.02 a month from 24 January 2026");
        assertThat(m.canAgreeBinding().get()).isFalse();
    }

    @Test
    void aFailedSendCanBeRetriedWithTheSameKeySoItIsNeverAgreedTwice() {
        PlanBuilderViewModel m = model();
        service.down = true;
        m.agree();
        assertThat(m.submissionProperty().get()).isEqualTo(PlanBuilderViewModel.SubmissionState.FAILED);
        assertThat(m.submissionMessageProperty().get()).startsWith("The plan was not agreed.");
        String key = m.idempotencyKey().orElseThrow();
        service.down = false;
        m.agree();
        assertThat(m.idempotencyKey()).contains(key);
        assertThat(service.plansAgreed).hasSize(1);
    }

    @Test
    void aQueuedPlanSaysSoCannotBeSentTwiceAndIsAgreedWhenDelivered() {
        List<Consumer<PlanSubmitter.Progress>> later = new ArrayList<>();
        PlanBuilderViewModel m = model((nino, debtId, version, plan, key, whenDelivered) -> {
            later.add(whenDelivered);
            return new PlanSubmitter.Progress(PlanSubmitter.Stage.WAITING_FOR_SERVICE, null, null, "outbox-key-1");
        });
        List<Debt> agreed = new ArrayList<>();
        m.setOnAgreed(agreed::add);
        m.agree();
        assertThat(m.submissionProperty().get()).isEqualTo(PlanBuilderViewModel.SubmissionState.QUEUED);
        assertThat(m.submissionMessageProperty().get()).contains("queued on this computer");
        assertThat(m.canAgreeBinding().get()).isFalse();
        assertThat(m.idempotencyKey()).contains("outbox-key-1");

        later.getFirst().accept(new PlanSubmitter.Progress(PlanSubmitter.Stage.SENT, service.debt(), null, "outbox-key-1"));
        assertThat(m.submissionProperty().get()).isEqualTo(PlanBuilderViewModel.SubmissionState.SENT);
        assertThat(m.submissionMessageProperty().get()).startsWith("The queued plan has been sent. Plan agreed:");
        assertThat(agreed).containsExactly(service.debt());
    }

    @Test
    void aRefusedPlanShowsTheOutboxsWords() {
        PlanBuilderViewModel m = model((nino, debtId, version, plan, key, whenDelivered) -> new PlanSubmitter.Progress(
                PlanSubmitter.Stage.NEEDS_ATTENTION, null, "Someone changed this debt first.", key));
        m.agree();
        assertThat(m.submissionProperty().get()).isEqualTo(PlanBuilderViewModel.SubmissionState.ATTENTION);
        assertThat(m.submissionMessageProperty().get()).isEqualTo("Someone changed this debt first.");
        assertThat(m.canAgreeBinding().get()).isFalse();
    }

    @Test
    void whenTheCustomersSourcesFailTheBuilderStillWorksAndSaysWhatIsMissing() {
        service.down = true;
        PlanBuilderViewModel m = model();
        assertThat(m.sourcesNoteProperty().get()).contains("RTI earnings").contains("awards")
                .contains("customer's record");
        assertThat(m.circumstanceProperty().get()).isNull();
        m.methodProperty().set(RecoveryMethod.DIRECT_PAYMENT);
        m.instalmentTextProperty().set("100");
        assertThat(m.scheduleProperty().get().agreeable()).isTrue();
    }
}
