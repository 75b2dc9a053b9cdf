package uk.caseview.stubs.persona;

import java.util.List;

/** A persona as the catalogue endpoint lists it (the contract's Scenario schema). */
public record Scenario(String nino, String title, String story, List<String> whatToFind) {

    public static Scenario of(Persona p) {
        return new Scenario(p.nino(), p.title(), p.story(), p.whatToFind());
    }

    /** The contract's ScenarioList. */
    public record ScenarioList(List<Scenario> scenarios) {}
}
