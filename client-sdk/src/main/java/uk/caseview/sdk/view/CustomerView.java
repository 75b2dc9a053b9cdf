package uk.caseview.sdk.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.outbox.UnsentWrite;

/**
 * Everything the five APIs know about one citizen, each source with its own state, and the
 * caseworker's own changes to them that are saved on this PC but not yet confirmed by a service
 * ({@code unsent}, oldest first), so a panel can show them at once, marked as pending. Immutable:
 * {@link #with} returns a new view, so a view handed to the UI never changes under it.
 */
public record CustomerView(
        Nino nino,
        SourceState<Citizen> citizen,
        SourceState<Earnings> earnings,
        SourceState<Awards> awards,
        SourceState<Debts> debts,
        SourceState<EvidenceList> evidence,
        List<UnsentWrite> unsent) {

    public CustomerView {
        unsent = unsent == null ? List.of() : List.copyOf(unsent);
    }

    public CustomerView(Nino nino, SourceState<Citizen> citizen, SourceState<Earnings> earnings,
            SourceState<Awards> awards, SourceState<Debts> debts, SourceState<EvidenceList> evidence) {
        this(nino, citizen, earnings, awards, debts, evidence, List.of());
    }

    public static CustomerView loading(Nino nino) {
        return new CustomerView(nino, SourceState.loading(), SourceState.loading(), SourceState.loading(),
                SourceState.loading(), SourceState.loading());
    }

    public SourceState<?> state(Source source) {
        return switch (source) {
            case CITIZEN -> citizen;
            case EARNINGS -> earnings;
            case AWARD -> awards;
            case DEBT -> debts;
            case EVIDENCE -> evidence;
        };
    }

    @SuppressWarnings("unchecked")
    public CustomerView with(Source source, SourceState<?> state) {
        return switch (source) {
            case CITIZEN -> new CustomerView(nino, (SourceState<Citizen>) state, earnings, awards, debts, evidence,
                    unsent);
            case EARNINGS -> new CustomerView(nino, citizen, (SourceState<Earnings>) state, awards, debts, evidence,
                    unsent);
            case AWARD -> new CustomerView(nino, citizen, earnings, (SourceState<Awards>) state, debts, evidence,
                    unsent);
            case DEBT -> new CustomerView(nino, citizen, earnings, awards, (SourceState<Debts>) state, evidence,
                    unsent);
            case EVIDENCE -> new CustomerView(nino, citizen, earnings, awards, debts, (SourceState<EvidenceList>) state,
                    unsent);
        };
    }

    /** This view with the customer's unsent writes as they stand now. */
    public CustomerView withUnsent(List<UnsentWrite> writes) {
        return new CustomerView(nino, citizen, earnings, awards, debts, evidence, writes);
    }

    public Map<Source, SourceState<?>> states() {
        Map<Source, SourceState<?>> map = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            map.put(s, state(s));
        }
        return map;
    }

    /** True once no source is still loading. */
    public boolean isComplete() {
        return states().values().stream().noneMatch(s -> s instanceof SourceState.Loading<?>);
    }

    @Override
    public String toString() {
        return "CustomerView[redacted]";
    }
}
