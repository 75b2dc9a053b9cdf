package uk.caseview.stubs.persona;

import java.util.List;

/**
 * Writes stubs/PERSONAS.md from the same personas {@code GET /__admin/scenarios} serves, so the
 * handout and the server cannot disagree (a test compares them). Regenerate with:
 * {@code java -cp stubs/target/caseview-stubs.jar uk.caseview.stubs.persona.PersonaDocs > stubs/PERSONAS.md}
 */
public final class PersonaDocs {

    private PersonaDocs() {}

    public static void main(String[] args) {
        System.out.print(markdown(PersonaCatalogue.all()));
    }

    public static String markdown(List<Persona> personas) {
        StringBuilder md = new StringBuilder();
        md.append("# Training personas\n\n")
                .append("Every person here is synthetic. Type the NINO into Caseview (or GET any API with it) on a stub\n")
                .append("server; `GET /__admin/scenarios` serves this same list. Generated from the code by\n")
                .append("`uk.caseview.stubs.persona.PersonaDocs`; a test fails if this file and the code disagree.\n\n")
                .append("| NINO | Persona |\n|---|---|\n");
        for (Persona p : personas) {
            md.append("| `").append(p.nino()).append("` | ").append(p.title()).append(" |\n");
        }
        for (Persona p : personas) {
            md.append("\n## ").append(p.nino()).append(": ").append(p.title()).append("\n\n")
                    .append(p.story()).append("\n\n")
                    .append("What a trainee should find:\n\n");
            for (String finding : p.whatToFind()) {
                md.append("- ").append(finding).append('\n');
            }
        }
        return md.toString();
    }
}
