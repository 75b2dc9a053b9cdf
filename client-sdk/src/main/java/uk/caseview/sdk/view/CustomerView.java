package uk.caseview.sdk.view;

import java.util.EnumMap;
import java.util.Map;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceList;

/**
 * Everything the five APIs know about one citizen, each source with its own state. Immutable:
 * {@link #with} returns a new view, so a view handed to the UI never changes under it.
 */
public record CustomerView(
        Nino nino,
        SourceState<Citizen> citizen,
        SourceState<Earnings> earnings,
        SourceState<Awards> awards,
        SourceState<Debts> debts,
        SourceState<EvidenceList> evidence) {

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
            case CITIZEN -> new CustomerView(nino, (SourceState<Citizen>) state, earnings, awards, debts, evidence);
            case EARNINGS -> new CustomerView(nino, citizen, (SourceState<Earnings>) state, awards, debts, evidence);
            case AWARD -> new CustomerView(nino, citizen, earnings, (SourceState<Awards>) state, debts, evidence);
            case DEBT -> new CustomerView(nino, citizen, earnings, awards, (SourceState<Debts>) state, evidence);
            case EVIDENCE -> new CustomerView(nino, citizen, earnings, awards, debts, (SourceState<EvidenceList>) state);
        };
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
