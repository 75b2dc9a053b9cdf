package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts about a generated citizen that several APIs must agree on: age, death, household,
 * which benefits they claim and whether they work. Each API's generator reads this first.
 */
public record Profile(
        Identity identity,
        int age,
        LocalDate dateOfDeath,
        boolean vulnerable,
        String vulnerabilityNote,
        boolean restricted,
        boolean welsh,
        List<Dependant> dependants,
        boolean appointee,
        List<BenefitClaim> claims,
        boolean employed) {

    public boolean deceased() {
        return dateOfDeath != null;
    }

    public boolean pensionAge() {
        return age >= 66;
    }

    public BenefitClaim claim(Benefit benefit) {
        return claims.stream().filter(c -> c.benefit() == benefit).findFirst().orElse(null);
    }

    /** A child in the household. */
    public record Dependant(String givenNames, LocalDate dateOfBirth) {}

    /** One benefit claimed, and when it is paid. */
    public record BenefitClaim(Benefit benefit, String status, LocalDate start, LocalDate end, int payCycle) {
        public boolean live() {
            return "live".equals(status);
        }
    }

    @Override
    public String toString() {
        return "Profile[redacted]";
    }
}
