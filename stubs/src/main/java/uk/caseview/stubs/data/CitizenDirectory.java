package uk.caseview.stubs.data;

import uk.caseview.stubs.data.gen.Population;
import uk.caseview.stubs.persona.PersonaCatalogue;

/** Finds anyone the stub knows, persona or generated, by NINO or by the key inside an id. */
public final class CitizenDirectory {

    private final Population population;
    private final PersonaCatalogue personas;

    public CitizenDirectory(Population population, PersonaCatalogue personas) {
        this.population = population;
        this.personas = personas;
    }

    /** The seeded data for a NINO, or null if nobody has it. Expects a format-valid NINO. */
    public CitizenData find(String nino) {
        if (NinoScheme.isPersonaNino(nino)) {
            return personas.record(nino);
        }
        int index = NinoScheme.indexOf(nino);
        return population.contains(index) ? population.citizen(index) : null;
    }

    public boolean exists(String nino) {
        if (NinoScheme.isPersonaNino(nino)) {
            return personas.contains(nino);
        }
        return population.contains(NinoScheme.indexOf(nino));
    }

    /** The NINO whose key is inside a debt or evidence id, or null. */
    public String ninoOfKey(int key) {
        String nino = key < 0 ? null : NinoScheme.ninoOfKey(key);
        return nino != null && exists(nino) ? nino : null;
    }

    public Population population() {
        return population;
    }

    public PersonaCatalogue personas() {
        return personas;
    }
}
