package uk.caseview.stubs.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.stubs.persona.Persona;
import uk.caseview.stubs.persona.PersonaCatalogue;

/** Traces citizens by surname and date of birth, or by postcode: personas first, then generated citizens. */
public final class Tracer {

    private final PersonaCatalogue personas;

    public Tracer(PersonaCatalogue personas) {
        this.personas = personas;
    }

    /** @param surnameLower the surname in lower case */
    public List<TraceMatch> bySurnameAndDateOfBirth(String surnameLower, LocalDate dateOfBirth, int limit) {
        List<TraceMatch> matches = new ArrayList<>();
        for (Persona p : personas.personas()) {
            Citizen c = personas.record(p.nino()).citizen();
            if (c.name().surname().toLowerCase(Locale.ROOT).equals(surnameLower)
                    && c.dateOfBirth().equals(dateOfBirth) && matches.size() < limit) {
                matches.add(match(c));
            }
        }
        return matches;
    }

    /** @param postcode upper case with one space */
    public List<TraceMatch> byPostcode(String postcode, int limit) {
        List<TraceMatch> matches = new ArrayList<>();
        for (Persona p : personas.personas()) {
            Citizen c = personas.record(p.nino()).citizen();
            if (c.currentAddress().postcode().equals(postcode) && matches.size() < limit) {
                matches.add(match(c));
            }
        }
        return matches;
    }

    static TraceMatch match(Citizen c) {
        return new TraceMatch(c.nino(), c.name(), c.dateOfBirth(), c.currentAddress().postcode());
    }
}
