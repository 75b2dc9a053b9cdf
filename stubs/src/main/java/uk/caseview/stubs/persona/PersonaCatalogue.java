package uk.caseview.stubs.persona;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.caseview.stubs.data.CitizenRecord;

/**
 * The training personas, in catalogue order. Records are built on first use and kept: there are
 * few of them, and the large one is slow enough to be worth building once.
 */
public final class PersonaCatalogue {

    private final Map<String, Persona> byNino = new LinkedHashMap<>();
    private final Map<String, CitizenRecord> built = new ConcurrentHashMap<>();
    private final LocalDate today;

    public PersonaCatalogue(LocalDate today) {
        this.today = today;
        for (Persona p : all()) {
            if (byNino.put(p.nino(), p) != null) {
                throw new IllegalStateException("two personas share a NINO");
            }
        }
    }

    /** Every persona, in the order trainers meet them. */
    public static List<Persona> all() {
        return List.of(
                CorePersonas.everything(),
                CorePersonas.largeRecord(),
                CorePersonas.earningsFallBelowThreshold(),
                CorePersonas.deceased(),
                CorePersonas.welshPensioner(),
                CorePersonas.appointee(),
                EarningsPersonas.risesAboveThreshold(),
                DebtPersonas.overpaymentActivePlan(),
                DebtPersonas.planInArrears(),
                DebtPersonas.brokenPlan(),
                DebtPersonas.writtenOff(),
                DebtPersonas.hardshipAndAdvance(),
                CasePersonas.evidenceOverdue(),
                CasePersonas.restrictedRecord(),
                CasePersonas.coupleFirst(),
                CasePersonas.coupleSecond(),
                CasePersonas.vulnerable(),
                EarningsPersonas.severalEmployers());
    }

    public List<Persona> personas() {
        return List.copyOf(byNino.values());
    }

    public boolean contains(String nino) {
        return byNino.containsKey(nino);
    }

    /** The persona's seeded record, or null if the NINO is not a persona. */
    public CitizenRecord record(String nino) {
        Persona persona = byNino.get(nino);
        if (persona == null) {
            return null;
        }
        return built.computeIfAbsent(nino, n -> persona.record().apply(today));
    }
}
