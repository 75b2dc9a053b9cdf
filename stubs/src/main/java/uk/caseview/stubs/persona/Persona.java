package uk.caseview.stubs.persona;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.caseview.stubs.data.CitizenRecord;

/**
 * A hand-written training case: a fixed NINO, the story a trainer tells, what a trainee should
 * find, and the record itself (built around "today" so its dates stay current).
 */
public record Persona(
        String nino, String title, String story, List<String> whatToFind,
        Function<LocalDate, CitizenRecord> record) {

    public Persona {
        whatToFind = List.copyOf(whatToFind);
    }

    @Override
    public String toString() {
        return "Persona[" + title + "]";
    }
}
