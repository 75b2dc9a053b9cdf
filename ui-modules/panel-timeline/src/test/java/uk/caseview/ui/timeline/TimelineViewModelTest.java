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

    private static uk.caseview.sdk.outbox.UnsentWrite unsent(uk.caseview.sdk.outbox.WriteRequest request,
            uk.caseview.sdk.outbox.OutboxStatus status, Instant at) {
        return new uk.caseview.sdk.outbox.UnsentWrite(new uk.caseview.sdk.outbox.OutboxEntry("w-" + at.toEpochMilli(),
                request.describe(), status, 0, at, at, null, null), request);
    }

    @Test
    void aChangeNotYetConfirmedShowsAtOnceMarkedPendingAndGoesWhenConfirmed() {
        Nino nino = Nino.parse("ZX000001A");
        Instant saved = Instant.parse("2025-06-03T08:15:30Z");
        var note = unsent(uk.caseview.sdk.outbox.WriteRequest.contactNote(nino, new uk.caseview.sdk.model.citizen
                .NewContactNote("Rang about the letter", uk.caseview.sdk.model.citizen.ContactChannel.PHONE)),
                uk.caseview.sdk.outbox.OutboxStatus.QUEUED, saved);
        var letter = unsent(uk.caseview.sdk.outbox.WriteRequest.notification(nino, new uk.caseview.sdk.model.citizen
                .NotificationRequest(uk.caseview.sdk.model.citizen.NotificationRequest.Channel.LETTER,
                        uk.caseview.sdk.model.citizen.NotificationTemplate.PAYMENT_DATE, "cy")),
                uk.caseview.sdk.outbox.OutboxStatus.NEEDS_ATTENTION, saved.plusSeconds(60));
        var request = unsent(uk.caseview.sdk.outbox.WriteRequest.evidenceRequest(nino, new uk.caseview.sdk.model
                .evidence.EvidenceRequest(uk.caseview.sdk.model.evidence.EvidenceType.PAYSLIP, "June payslip",
                        LocalDate.of(2025, 6, 20))), uk.caseview.sdk.outbox.OutboxStatus.QUEUED, saved.plusSeconds(120));
        // A contact details change is not a timeline row once confirmed, so it is not one while pending.
        var details = unsent(uk.caseview.sdk.outbox.WriteRequest.contactDetails(nino, new uk.caseview.sdk.model
                .citizen.ContactDetails(null, "07700900123", null), "\"1\""),
                uk.caseview.sdk.outbox.OutboxStatus.QUEUED, saved.plusSeconds(180));

        model.accept(everything());
        model.notesLoaded(TimelineSamples.notes());
        int confirmed = model.events().size();
        assertThat(model.accept(everything().withUnsent(List.of(note, letter, request, details)))).isTrue();

        List<TimelineEvent> events = model.events();
        assertThat(events).hasSize(confirmed + 3);
        assertThat(events.subList(0, 3)).extracting(TimelineEvent::description).containsExactly(
                "Requested Payslip: June payslip",
                "Letter: Their next payment date (Welsh)",
                "Phone note: Rang about the letter");
        assertThat(events.subList(0, 3)).allMatch(TimelineEvent::isPending);
        assertThat(events.get(0).kind()).isEqualTo(EventKind.EVIDENCE);
        assertThat(events.get(2).kind()).isEqualTo(EventKind.NOTE);
        assertThat(events.get(2).time()).isEqualTo(LocalTime.of(9, 15)); // London time
        assertThat(events.get(2).pending()).startsWith("Pending: saved on this PC");
        assertThat(events.get(1).pending()).startsWith("Held: see Pending and held writes");
        assertThat(events.subList(3, events.size())).noneMatch(TimelineEvent::isPending);

        // Confirmed: the outbox no longer lists it, and the row goes (the service's copy replaces it).
        assertThat(model.accept(everything())).isTrue();
        assertThat(model.events()).hasSize(confirmed).noneMatch(TimelineEvent::isPending);
    }

    @Test
    void aSentNoteStaysMarkedSentUntilTheTimelineHasReadTheNotesAgain() {
        Nino nino = Nino.parse("ZX000001A");
        Instant saved = Instant.parse("2025-06-03T08:15:30Z");
        var request = uk.caseview.sdk.outbox.WriteRequest.contactNote(nino, new uk.caseview.sdk.model.citizen
                .NewContactNote("Rang about the letter", uk.caseview.sdk.model.citizen.ContactChannel.PHONE));
        model.accept(everything());
        model.notesLoaded(TimelineSamples.notes());
        int confirmed = model.events().size();

        model.accept(everything().withUnsent(List.of(unsent(request, uk.caseview.sdk.outbox.OutboxStatus.SENT, saved))));
        assertThat(model.events().getFirst().pending()).startsWith("Sent: the service has it");
        // The citizen was read fresh, so the view drops the sent write; the notes are still being read.
        model.accept(everything());
        assertThat(model.events()).hasSize(confirmed + 1);
        assertThat(model.events().getFirst().description()).isEqualTo("Phone note: Rang about the letter");
        // The notes land (with the service's copy of the note): the marked row goes.
        model.notesLoaded(TimelineSamples.notes());
        assertThat(model.events()).hasSize(confirmed).noneMatch(TimelineEvent::isPending);
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
