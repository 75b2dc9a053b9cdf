package uk.caseview.stubs.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.gen.Identity;
import uk.caseview.stubs.data.gen.Population;
import uk.caseview.stubs.persona.PersonaCatalogue;

class TracerTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final int INDEXED = 50_000;

    private final Population population = new Population(42, 15_000_000, TODAY);
    private final Tracer tracer = new Tracer(new PersonaCatalogue(TODAY), population, INDEXED);

    @Test
    void findsIndexedCitizensBySurnameAndDateOfBirthIgnoringCase() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 300; n++) {
            Identity id = population.identity(rng.nextInt(INDEXED));
            List<TraceMatch> found = tracer.bySurnameAndDateOfBirth(id.surname().toUpperCase(Locale.ROOT),
                    id.dateOfBirth(), 100);
            assertThat(found).extracting(TraceMatch::nino).contains(NinoScheme.ninoOf(id.index()));
            assertThat(found).allSatisfy(m -> {
                assertThat(m.name().surname()).isEqualToIgnoringCase(id.surname());
                assertThat(m.dateOfBirth()).isEqualTo(id.dateOfBirth());
            });
        }
    }

    @Test
    void findsIndexedCitizensByPostcodeAndOnlyExactPostcodes() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int n = 0; n < 300; n++) {
            Identity id = population.identity(rng.nextInt(INDEXED));
            List<TraceMatch> found = tracer.byPostcode(id.postcode(), 100);
            assertThat(found).extracting(TraceMatch::nino).contains(NinoScheme.ninoOf(id.index()));
            assertThat(found).extracting(TraceMatch::postcode).containsOnly(id.postcode());
        }
    }

    @Test
    void citizensBeyondTheIndexAreNotTracedAndTheLimitHolds() {
        Identity outside = population.identity(INDEXED + 10);
        assertThat(tracer.bySurnameAndDateOfBirth(outside.surname(), outside.dateOfBirth(), 100))
                .extracting(TraceMatch::nino).doesNotContain(NinoScheme.ninoOf(outside.index()));
        Identity someone = population.identity(7);
        assertThat(tracer.byPostcode(someone.postcode(), 1)).hasSize(1);
        assertThat(tracer.bySurnameAndDateOfBirth("Nosuchname", someone.dateOfBirth(), 10)).isEmpty();
    }

    @Test
    void personasAreTracedToo() {
        assertThat(tracer.bySurnameAndDateOfBirth("pritchard", LocalDate.of(1987, 3, 14), 10))
                .extracting(TraceMatch::nino).containsExactly("ZX000001A");
        assertThat(tracer.byPostcode("CF14 3RT", 10)).extracting(TraceMatch::nino).contains("ZX000001A");
    }

    @Test
    void theIndexTakesSixteenBytesPerCitizen() {
        assertThat(tracer.index().bytes()).isEqualTo(16L * INDEXED);
    }
}
