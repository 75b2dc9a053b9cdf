package uk.caseview.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.error.ApiTimeoutException;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;

class TimelineViewModelTest {

    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");
    private final TimelineViewModel model = new TimelineViewModel(ZoneId.of("Europe/London"));

    private static CustomerView everything() {
        return CustomerView.loading(Nino.parse("ZX000001A"))
                .with(Source.AWARD, SourceState.Loaded.fresh(TimelineSamples.awards(), AT))
                .with(Source.EARNINGS, SourceState.Loaded.fresh(TimelineSamples.earnings(), AT))
                .with(Source.EVIDENCE, SourceState.Loaded.fresh(TimelineSamples.evidence(), AT))
                .with(Source.DEBT, SourceState.Loaded.fresh(TimelineSamples.debts(), AT));
    }

    @Test
    void mergesEverySourceNewestFirst() {
        model.accept(everything());
        model.notesLoaded(TimelineSamples.notes());

        List<TimelineEvent> events = model.events();
        assertThat(events).extracting(TimelineEvent::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(events).extracting(TimelineEvent::description).containsExactly(
                "Requested Fit note",
                "Phone note by J Agent: Called about the May payment",
                "Pay reported by Acme Ltd (gross)",
                "Pay reported by Beacon Staffing (gross)",
                "Received Payslip: May payslip",
                "Universal Credit payment",
                "Requested Payslip: May payslip",
                "Pay reported by Acme Ltd (gross)",
                "Universal Credit payment (Returned)",
                "Debt raised: Advance (Universal Credit)",
                "Debt raised: Overpayment (Universal Credit)");
        // A note is placed at its London time: 13:05 UTC in May is 14:05 BST.
        assertThat(events.get(1).time()).isEqualTo(LocalTime.of(14, 5));
        assertThat(events.get(2).amountPence()).isEqualTo(123400L);
        assertThat(events.get(0).amountPence()).isNull();
    }

    @Test
    void aLedgerReplacesItsDebtsRaisedLineWithItsTransactions() {
        model.accept(everything());
        model.ledgerLoaded(TimelineSamples.overpayment(), TimelineSamples.overpaymentLedger());

        assertThat(model.events()).filteredOn(e -> e.kind() == EventKind.DEBT)
                .extracting(TimelineEvent::description, TimelineEvent::amountPence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Deducted from Universal Credit: Overpayment (Universal Credit)", -20000L),
                        org.assertj.core.groups.Tuple.tuple("Debt raised: Advance (Universal Credit)", 20000L),
                        org.assertj.core.groups.Tuple.tuple("Raised: Overpayment (Universal Credit)", 50000L));
        assertThat(model.ledgersWanted()).extracting(Debt::debtId).containsExactly("D2");
    }

    @Test
    void countsAndFiltersBySource() {
        model.accept(everything());
        model.notesLoaded(TimelineSamples.notes());

        var counts = TimelineViewModel.counts(model.events());
        assertThat(counts).containsEntry(EventKind.PAYMENT, 2).containsEntry(EventKind.RTI, 3)
                .containsEntry(EventKind.EVIDENCE, 3).containsEntry(EventKind.DEBT, 2).containsEntry(EventKind.NOTE, 1);
        assertThat(model.events().stream().filter(TimelineViewModel.showing(EnumSet.of(EventKind.NOTE, EventKind.DEBT))))
                .extracting(TimelineEvent::kind).containsOnly(EventKind.NOTE, EventKind.DEBT).hasSize(3);
    }

    @Test
    void aFailedPartIsNamedAndTheRestKept() {
        model.accept(everything().with(Source.EARNINGS, new SourceState.Unavailable<>("the earnings service is down")));
        model.notesFailed(new ApiTimeoutException(Source.CITIZEN, "c1", Duration.ofSeconds(3)));
        model.ledgerFailed(TimelineSamples.advance(), new IllegalStateException("secret detail"));

        assertThat(model.events()).isNotEmpty().noneMatch(e -> e.kind() == EventKind.RTI);
        assertThat(model.problems()).hasSize(3);
        assertThat(model.problems().get(0)).isEqualTo("Earnings (RTI) unavailable: the earnings service is down.");
        assertThat(model.problems().get(1)).startsWith("Contact notes could not be loaded: ");
        assertThat(model.problems().get(2))
                .isEqualTo("Transactions for 1 debt could not be loaded: an unexpected error occurred."
                        + " Those debts show the day they were raised.")
                .doesNotContain("secret");
        assertThat(model.notesFailed()).isTrue();
    }

    @Test
    void ledgersAnsweredTogetherRebuildTheListOnceAndNameTheOnesThatFailed() {
        model.accept(everything());
        List<TimelineEvent> before = model.events();

        model.ledgersAnswered(List.of(
                TimelineViewModel.LedgerAnswer.loaded(TimelineSamples.overpayment(), TimelineSamples.overpaymentLedger()),
                TimelineViewModel.LedgerAnswer.failed(TimelineSamples.advance(), new IllegalStateException("secret"))));

        assertThat(model.events()).isNotSameAs(before);
        assertThat(model.events().stream().filter(e -> e.kind() == EventKind.DEBT).count())
                .isGreaterThan(before.stream().filter(e -> e.kind() == EventKind.DEBT).count());
        assertThat(model.problems()).anyMatch(p -> p.startsWith("Transactions for 1 debt could not be loaded"))
                .noneMatch(p -> p.contains("secret"));
    }

    @Test
    void anotherPanelsUpdateChangesNothing() {
        CustomerView view = everything();
        assertThat(model.accept(view)).isTrue();
        List<TimelineEvent> first = model.events();
        assertThat(model.accept(view.with(Source.CITIZEN, new SourceState.Unavailable<>("down")))).isFalse();
        assertThat(model.events()).isSameAs(first);
    }

    @Test
    void theSameRecordsFetchedAgainChangeNothingAndKeepTheLedgers() {
        model.accept(everything());
        model.ledgerLoaded(TimelineSamples.overpayment(), TimelineSamples.overpaymentLedger());
        List<TimelineEvent> before = model.events();

        // A refresh: equal records, new objects (a copy of each list).
        CustomerView again = everything();
        for (Source s : TimelineViewModel.SOURCES) {
            if (again.state(s) instanceof SourceState.Loaded<?> l) {
                again = again.with(s, SourceState.Loaded.fresh(copyOf(l.value()), AT));
            }
        }
        assertThat(model.accept(again)).isFalse();
        assertThat(model.events()).isSameAs(before);
        assertThat(model.ledgersWanted()).extracting(Debt::debtId).doesNotContain(TimelineSamples.overpayment().debtId());
    }

    /** An equal copy that is not the same object, as a second fetch of the same record decodes. */
    private static Object copyOf(Object value) {
        return switch (value) {
            case Debts d -> new Debts(d.nino(), List.copyOf(d.debts()));
            case uk.caseview.sdk.model.evidence.EvidenceList e -> new uk.caseview.sdk.model.evidence.EvidenceList(
                    e.nino(), List.copyOf(e.items()));
            default -> value;
        };
    }

    @Test
    void aLedgerForDebtsFetchedAgainIsDropped() {
        model.accept(everything());
        Debt old = TimelineSamples.overpayment();
        Debts refreshed = new Debts("ZX000001A", List.of(TimelineSamples.advance()));
        model.accept(everything().with(Source.DEBT, SourceState.Loaded.fresh(refreshed, AT)));

        model.ledgerLoaded(old, TimelineSamples.overpaymentLedger());
        assertThat(model.events()).noneMatch(e -> e.description().contains("Overpayment"));
    }

    @Test
    void onlyTheMostRecentDebtsHaveTheirLedgersFetched() {
        List<Debt> many = IntStream.range(0, 30).mapToObj(i -> new Debt("D" + i, "ZX000001A",
                TimelineSamples.advance().type(), "UC", null, 100, 100, null, null, LocalDate.of(2020, 1, 1).plusDays(i),
                null, 1)).toList();
        model.accept(CustomerView.loading(Nino.parse("ZX000001A"))
                .with(Source.DEBT, SourceState.Loaded.fresh(new Debts("ZX000001A", many), AT)));

        assertThat(model.ledgersWanted()).hasSize(TimelineViewModel.LEDGERS_FETCHED)
                .extracting(Debt::debtId).startsWith("D29").doesNotContain("D0");
        assertThat(model.problems()).anyMatch(p -> p.startsWith("Transactions shown for the 20 most recent of 30"));
    }

    @Test
    void theFrameLoadsUntilAnySourceIsInHandAndAgesByTheOldestPart() {
        CustomerView loading = CustomerView.loading(Nino.parse("ZX000001A"));
        assertThat(TimelineViewModel.frame(loading, List.of())).isInstanceOf(SourceState.Loading.class);

        CustomerView oneDown = loading.with(Source.DEBT, new SourceState.Unavailable<>("timed out"));
        assertThat(TimelineViewModel.frame(oneDown, List.of()))
                .isEqualTo(new SourceState.Unavailable<>("timed out"));
        CustomerView twoDown = oneDown.with(Source.AWARD, new SourceState.Unavailable<>("refused"));
        assertThat(((SourceState.Unavailable<?>) TimelineViewModel.frame(twoDown, List.of())).reason())
                .isEqualTo("Awards: refused; Debts: timed out");

        CustomerView mixed = twoDown
                .with(Source.EVIDENCE, SourceState.Loaded.fresh(TimelineSamples.evidence(), AT))
                .with(Source.EARNINGS, SourceState.Loaded.cached(TimelineSamples.earnings(), AT.minusSeconds(600)));
        var frame = (SourceState.Loaded<?>) TimelineViewModel.frame(mixed, List.of());
        assertThat(frame.fromCache()).isTrue();
        assertThat(frame.fetchedAt()).isEqualTo(AT.minusSeconds(600));
    }
}
