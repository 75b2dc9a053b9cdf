package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import uk.caseview.stubs.data.UkReference.Town;

/**
 * The cheap core of a generated citizen: who they are and where they live. The trace index is
 * built from this alone, so it must stay free of anything slow to compute.
 *
 * @param partnerIndex the index of their partner (a couple claim), or -1
 */
public record Identity(
        int index,
        boolean female,
        String title,
        String givenNames,
        int surnameId,
        String surname,
        LocalDate dateOfBirth,
        Town town,
        String line1,
        String line2,
        String postcode,
        LocalDate livingSince,
        int partnerIndex,
        int householdKey) {

    public boolean hasPartner() {
        return partnerIndex >= 0;
    }

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
