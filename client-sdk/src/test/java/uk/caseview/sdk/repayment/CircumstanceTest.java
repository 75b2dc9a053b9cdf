package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Relationship;

class CircumstanceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Test
    void bandsByAgeAndHousehold() {
        assertThat(Circumstance.of(24, null)).isEqualTo(Circumstance.SINGLE_UNDER_25);
        assertThat(Circumstance.of(25, null)).isEqualTo(Circumstance.SINGLE_25_OR_OVER);
        assertThat(Circumstance.of(24, 24)).isEqualTo(Circumstance.COUPLE_BOTH_UNDER_25);
        assertThat(Circumstance.of(24, 25)).isEqualTo(Circumstance.COUPLE_ONE_OR_BOTH_25_OR_OVER);
        assertThat(Circumstance.of(40, 20)).isEqualTo(Circumstance.COUPLE_ONE_OR_BOTH_25_OR_OVER);
    }

    @Test
    void fromTheCitizenRecord() {
        Citizen single = citizen(LocalDate.of(2001, 6, 2), List.of()); // 23 on DAY
        assertThat(Circumstance.forCitizen(single, DAY)).contains(Circumstance.SINGLE_UNDER_25);

        Relationship partner =
                new Relationship(Relationship.Type.PARTNER, null, null, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1));
        assertThat(Circumstance.forCitizen(citizen(LocalDate.of(2001, 6, 2), List.of(partner)), DAY))
                .contains(Circumstance.COUPLE_ONE_OR_BOTH_25_OR_OVER);
    }

    @Test
    void unknownWhenAnAgeThatDecidesIsMissing() {
        Relationship partnerNoDob = new Relationship(Relationship.Type.PARTNER, null, null, null, null);
        assertThat(Circumstance.forCitizen(citizen(LocalDate.of(2001, 6, 2), List.of(partnerNoDob)), DAY)).isEmpty();
        assertThat(Circumstance.forCitizen(citizen(LocalDate.of(1980, 1, 1), List.of(partnerNoDob)), DAY))
                .contains(Circumstance.COUPLE_ONE_OR_BOTH_25_OR_OVER);
        assertThat(Circumstance.forCitizen(citizen(null, List.of()), DAY)).isEmpty();
    }

    private static Citizen citizen(LocalDate dob, List<Relationship> relationships) {
        return new Citizen("ZZ", null, dob, null, null, null, null, null, null, relationships, null, null, 1);
    }
}
