package uk.caseview.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.format.Labels;

/**
 * Gathers one customer's events from every source into one list, newest first. Plain Java: the
 * panel feeds it the customer view and the results of its own reads (ledgers, notes) as they
 * land, and shows {@link #events()} and {@link #problems()}. Not thread-safe: FX thread only.
 */
final class TimelineViewModel {

    /** The customer-view sources the timeline draws on (notes come from their own read). */
    static final List<Source> SOURCES = List.of(Source.AWARD, Source.EARNINGS, Source.EVIDENCE, Source.DEBT);

    /**
     * Ledgers are one call per debt; a large record has hundreds. The most recently raised debts
     * are the ones asked about on a call; older ones still show the day they were raised.
     */
    static final int LEDGERS_FETCHED = 20;

    private final ZoneId zone;
    private final Map<Source, Object> values = new EnumMap<>(Source.class);
    private final Map<Source, String> missing = new EnumMap<>(Source.class);
    private final Map<String, DebtLedger> ledgers = new HashMap<>();
    private final Map<String, String> ledgerProblems = new LinkedHashMap<>();
    private ContactNoteList notes;
    private String notesProblem;
    private boolean notesPending = true;
    private List<uk.caseview.sdk.outbox.UnsentWrite> unsent = List.of();
    private final List<uk.caseview.sdk.outbox.UnsentWrite> sentAwaitingNotes = new ArrayList<>();
    private List<TimelineEvent> events = List.of();
    /** Something changed since {@link #events} was built; it is built again when next asked for. */
    private boolean stale;

    TimelineViewModel(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Takes the sources' current values. Returns true if the events changed, so the panel can
     * skip work when another part of the screen was what updated. New debts drop their ledgers.
     */
    boolean accept(CustomerView view) {
        boolean changed = false;
        for (Source s : SOURCES) {
            SourceState<?> state = view.state(s);
            Object value = state instanceof SourceState.Loaded<?> l ? l.value() : values.get(s);
            String why = switch (state) {
                case SourceState.Unavailable<?> u -> "unavailable: " + u.reason();
                case SourceState.Loading<?> l -> "still loading";
                case SourceState.Loaded<?> l -> null;
            };
            // Equal, not merely the same object: a refresh (every re-open asks again) brings back
            // equal records as new objects, and must not re-sort the list or fetch the ledgers again.
            if (value != values.get(s) && !java.util.Objects.equals(value, values.get(s))) {
                values.put(s, value);
                changed = true;
                if (s == Source.DEBT) {
                    ledgers.clear();
                    ledgerProblems.clear();
                }
            }
            // A source that failed after loading keeps its last events; it is only "missing" with none.
            String before = missing.put(s, value == null ? why : null);
            changed |= !java.util.Objects.equals(before, missing.get(s));
        }
        if (!view.unsent().equals(unsent)) {
            // A sent note leaves the view once the citizen is read fresh, but the timeline reads
            // notes itself, a moment later: until those land, the row stays, marked sent.
            for (uk.caseview.sdk.outbox.UnsentWrite was : unsent) {
                if (was.entry().status() == uk.caseview.sdk.outbox.OutboxStatus.SENT
                        && view.unsent().stream().noneMatch(u -> u.entry().id().equals(was.entry().id()))) {
                    sentAwaitingNotes.add(was);
                }
            }
            unsent = view.unsent();
            changed = true;
        }
        if (changed) {
            rebuild();
        }
        return changed;
    }

    /**
     * The caseworker's own changes not yet confirmed, as the rows they will become once the
     * service has them (a note, a sent letter's note, an evidence request or upload), marked as
     * pending. Changes that never make a timeline row (contact details, a plan, a decision) show
     * on their own panels.
     */
    static List<TimelineEvent> pending(List<uk.caseview.sdk.outbox.UnsentWrite> writes, ZoneId zone) {
        List<TimelineEvent> out = new ArrayList<>();
        for (uk.caseview.sdk.outbox.UnsentWrite u : writes) {
            EventKind kind = switch (u.request()) {
                case uk.caseview.sdk.outbox.WriteRequest.ContactNoteWrite w -> EventKind.NOTE;
                case uk.caseview.sdk.outbox.WriteRequest.NotificationWrite w -> EventKind.NOTE;
                case uk.caseview.sdk.outbox.WriteRequest.EvidenceRequestWrite w -> EventKind.EVIDENCE;
                case uk.caseview.sdk.outbox.WriteRequest.EvidenceUploadWrite w -> EventKind.EVIDENCE;
                case null, default -> null;
            };
            if (kind == null) {
                continue;
            }
            ZonedDateTime at = u.entry().queuedAt().atZone(zone);
            out.add(new TimelineEvent(at.toLocalDate(), at.toLocalTime().withSecond(0).withNano(0), kind,
                    uk.caseview.ui.format.PendingWrites.summary(u), null, uk.caseview.ui.format.PendingWrites.standing(u)));
        }
        return out;
    }

    /** Debts whose ledgers are worth fetching now: the most recently raised, not yet in hand. */
    List<Debt> ledgersWanted() {
        return debtsByRecency().stream()
                .limit(LEDGERS_FETCHED)
                .filter(d -> !ledgers.containsKey(d.debtId()))
                .toList();
    }

    void ledgerLoaded(Debt debt, DebtLedger ledger) {
        if (isCurrent(debt)) {
            ledgers.put(debt.debtId(), ledger);
            ledgerProblems.remove(debt.debtId());
            rebuild();
        }
    }

    /** One debt's ledger read: the ledger, or why it could not be had. */
    record LedgerAnswer(Debt debt, DebtLedger ledger, Throwable error) {
        static LedgerAnswer loaded(Debt debt, DebtLedger ledger) {
            return new LedgerAnswer(debt, ledger, null);
        }

        static LedgerAnswer failed(Debt debt, Throwable error) {
            return new LedgerAnswer(debt, null, error);
        }
    }

    /** Several ledger reads at once, with one rebuild of the list for the lot. */
    void ledgersAnswered(List<LedgerAnswer> answers) {
        boolean changed = false;
        for (LedgerAnswer a : answers) {
            if (!isCurrent(a.debt())) {
                continue;
            }
            if (a.ledger() != null) {
                ledgers.put(a.debt().debtId(), a.ledger());
                ledgerProblems.remove(a.debt().debtId());
                changed = true;
            } else {
                ledgerProblems.put(a.debt().debtId(), reason(a.error()));
            }
        }
        if (changed) {
            rebuild();
        }
    }

    void ledgerFailed(Debt debt, Throwable error) {
        if (isCurrent(debt)) {
            ledgerProblems.put(debt.debtId(), reason(error));
        }
    }

    void notesRequested() {
        notesPending = true;
        notesProblem = null;
    }

    void notesLoaded(ContactNoteList list) {
        notes = list;
        sentAwaitingNotes.clear();
        notesPending = false;
        notesProblem = null;
        rebuild();
    }

    void notesFailed(Throwable error) {
        notesPending = false;
        notesProblem = reason(error);
    }

    boolean notesFailed() {
        return notesProblem != null;
    }

    boolean ledgersFailed() {
        return !ledgerProblems.isEmpty();
    }

    /** Every event in hand, newest first. The same list object until something changes. */
    List<TimelineEvent> events() {
        if (stale) {
            stale = false;
            build();
        }
        return events;
    }

    /** What the list does not (yet) include and why, one caseworker-readable line each. */
    List<String> problems() {
        List<String> lines = new ArrayList<>();
        missing.forEach((source, why) -> {
            if (why != null) {
                lines.add(source.displayName() + " " + why + ".");
            }
        });
        if (notesProblem != null) {
            lines.add("Contact notes could not be loaded: " + notesProblem + ".");
        } else if (notesPending) {
            lines.add("Contact notes still loading.");
        }
        if (!ledgerProblems.isEmpty()) {
            int n = ledgerProblems.size();
            lines.add("Transactions for " + n + (n == 1 ? " debt" : " debts") + " could not be loaded: "
                    + ledgerProblems.values().iterator().next() + ". Those debts show the day they were raised.");
        }
        int debts = debts().size();
        if (debts > LEDGERS_FETCHED) {
            lines.add("Transactions shown for the " + LEDGERS_FETCHED + " most recent of " + debts
                    + " debts; the rest show the day they were raised.");
        }
        return lines;
    }

    static Map<EventKind, Integer> counts(List<TimelineEvent> events) {
        Map<EventKind, Integer> counts = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            counts.put(k, 0);
        }
        events.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    static Predicate<TimelineEvent> showing(Set<EventKind> kinds) {
        return e -> kinds.contains(e.kind());
    }

    static List<TimelineEvent> payments(Awards awards) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Award a : awards.awards()) {
            String benefit = a.benefitName() == null ? a.benefit() : a.benefitName();
            for (Payment p : a.recentPayments()) {
                String status = p.status() == Payment.Status.PAID ? "" : " (" + Labels.humanise(p.status()) + ")";
                out.add(new TimelineEvent(p.paidOn(), null, EventKind.PAYMENT, benefit + " payment" + status,
                        p.amountPence()));
            }
        }
        return out;
    }

    /** One event per RTI submission: each pay period from each employer, at its gross pay. */
    static List<TimelineEvent> rti(Earnings earnings) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Employment job : earnings.employments()) {
            for (PayPeriod p : job.periods()) {
                out.add(new TimelineEvent(p.payDate(), null, EventKind.RTI,
                        "Pay reported by " + job.employerName() + " (gross)", p.grossPence()));
            }
        }
        return out;
    }

    static List<TimelineEvent> evidence(EvidenceList list) {
        List<TimelineEvent> out = new ArrayList<>();
        for (EvidenceItem item : list.items()) {
            String what = Labels.humanise(item.type())
                    + (item.description() == null || item.description().isBlank() ? "" : ": " + item.description());
            if (item.requestedOn() != null) {
                out.add(new TimelineEvent(item.requestedOn(), null, EventKind.EVIDENCE, "Requested " + what, null));
            }
            if (item.receivedOn() != null) {
                out.add(new TimelineEvent(item.receivedOn(), null, EventKind.EVIDENCE, "Received " + what, null));
            }
        }
        return out;
    }

    static TimelineEvent raised(Debt debt) {
        return new TimelineEvent(debt.raisedOn(), null, EventKind.DEBT, "Debt raised: " + debtName(debt),
                debt.originalPence());
    }

    /** A ledger's lines, signed as the ledger signs them: positive raises the balance. */
    static List<TimelineEvent> ledger(Debt debt, DebtLedger ledger) {
        return ledger.transactions().stream()
                .map(t -> new TimelineEvent(t.date(), null, EventKind.DEBT,
                        transactionText(t) + ": " + debtName(debt), t.amountPence()))
                .toList();
    }

    static List<TimelineEvent> notes(ContactNoteList list, ZoneId zone) {
        return list.notes().stream()
                .filter(n -> n.recordedAt() != null)
                .map(n -> note(n, zone))
                .toList();
    }

    private static TimelineEvent note(ContactNote note, ZoneId zone) {
        ZonedDateTime at = note.recordedAt().atZone(zone);
        String channel = note.channel() == null ? "Contact" : Labels.humanise(note.channel());
        String by = note.author() == null || note.author().isBlank() ? "" : " by " + note.author();
        return new TimelineEvent(at.toLocalDate(), at.toLocalTime().withSecond(0).withNano(0), EventKind.NOTE,
                channel + " note" + by + ": " + note.text(), null);
    }

    private static String transactionText(DebtTransaction t) {
        return t.description() == null || t.description().isBlank() ? Labels.humanise(t.type()) : t.description();
    }

    private static String debtName(Debt debt) {
        String type = Labels.humanise(debt.type());
        return debt.benefit() == null || debt.benefit().isBlank() ? type : type + " (" + debt.benefit() + ")";
    }

    /** Words for a caseworker; an unexpected error never shows its engineer's message. */
    static String reason(Throwable error) {
        return error instanceof ApiException api ? api.userMessage() : "an unexpected error occurred";
    }

    /**
     * Marks the list out of date. Building it (thousands of events merged and sorted on a large
     * record) waits until someone reads it: each source landing would otherwise sort it again,
     * and a panel below the fold reads it only once it is about to be seen.
     */
    private void rebuild() {
        stale = true;
    }

    private void build() {
        List<TimelineEvent> all = new ArrayList<>();
        if (values.get(Source.AWARD) instanceof Awards a) {
            all.addAll(payments(a));
        }
        if (values.get(Source.EARNINGS) instanceof Earnings e) {
            all.addAll(rti(e));
        }
        if (values.get(Source.EVIDENCE) instanceof EvidenceList e) {
            all.addAll(evidence(e));
        }
        for (Debt d : debts()) {
            DebtLedger ledger = ledgers.get(d.debtId());
            if (ledger == null) {
                if (d.raisedOn() != null) {
                    all.add(raised(d));
                }
            } else {
                all.addAll(ledger(d, ledger)); // the ledger has its own "raised" line
            }
        }
        if (notes != null) {
            all.addAll(notes(notes, zone));
        }
        all.addAll(pending(unsent, zone));
        all.addAll(pending(sentAwaitingNotes.stream().filter(u -> u.request() instanceof
                uk.caseview.sdk.outbox.WriteRequest.ContactNoteWrite || u.request() instanceof
                uk.caseview.sdk.outbox.WriteRequest.NotificationWrite).toList(), zone));
        all.sort(TimelineEvent.NEWEST_FIRST);
        events = List.copyOf(all);
    }

    private List<Debt> debts() {
        return values.get(Source.DEBT) instanceof Debts d ? d.debts() : List.of();
    }

    private List<Debt> debtsByRecency() {
        return debts().stream()
                .sorted(Comparator.comparing(Debt::raisedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** A ledger that lands after the debts were fetched again belongs to the old list: drop it. */
    private boolean isCurrent(Debt debt) {
        return debts().contains(debt);
    }

    /**
     * The state the panel's frame shows. Content as soon as any source is in hand (what is
     * missing is listed in {@link #problems()}); "unavailable" only when nothing is in hand and a
     * source has failed; the cached badge when any part came from the cache, aged by the oldest.
     */
    static SourceState<List<TimelineEvent>> frame(CustomerView view, List<TimelineEvent> events) {
        List<SourceState.Loaded<?>> loaded = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Source s : SOURCES) {
            switch (view.state(s)) {
                case SourceState.Loaded<?> l -> loaded.add(l);
                case SourceState.Unavailable<?> u -> {
                    reasons.add(s.displayName() + ": " + u.reason());
                    if (u.reference() != null) {
                        references.add(u.reference());
                    }
                }
                case SourceState.Loading<?> l -> { }
            }
        }
        if (loaded.isEmpty()) {
            if (reasons.isEmpty()) {
                return SourceState.loading();
            }
            // One failed source reads as that source's own message; several name themselves.
            return new SourceState.Unavailable<>(reasons.size() == 1
                    ? reasons.get(0).substring(reasons.get(0).indexOf(": ") + 2)
                    : String.join("; ", reasons), references.isEmpty() ? null : String.join(", ", references));
        }
        Instant oldest = loaded.stream().map(SourceState.Loaded::fetchedAt).min(Comparator.naturalOrder()).get();
        boolean cached = loaded.stream().anyMatch(SourceState.Loaded::fromCache);
        return new SourceState.Loaded<>(events, oldest, cached);
    }
}
