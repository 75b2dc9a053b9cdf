package uk.caseview.stubs.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.UkReference;
import uk.caseview.stubs.data.gen.Identity;
import uk.caseview.stubs.data.gen.Population;
import uk.caseview.stubs.persona.Persona;
import uk.caseview.stubs.persona.PersonaCatalogue;

/**
 * Traces citizens by surname and date of birth, or by postcode: personas first, then the generated
 * citizens the {@link TraceIndex} covers. The index is built on the first trace, or in the
 * background at start if configured, and then shared by every request.
 */
public final class Tracer {

    private static final Logger LOG = LoggerFactory.getLogger(Tracer.class);
    private static final Map<String, Integer> SURNAME_IDS = new HashMap<>();

    static {
        for (int i = 0; i < UkReference.SURNAMES.size(); i++) {
            SURNAME_IDS.putIfAbsent(UkReference.SURNAMES.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    private final PersonaCatalogue personas;
    private final Population population;
    private final int indexSize;
    private final CompletableFuture<TraceIndex> index = new CompletableFuture<>();
    private boolean building;

    public Tracer(PersonaCatalogue personas, Population population, int indexSize) {
        this.personas = personas;
        this.population = population;
        this.indexSize = Math.min(indexSize, population.size());
    }

    /** Starts building the index on a background thread (idempotent). */
    public void buildInBackground() {
        if (claimBuild()) {
            Thread.ofPlatform().name("trace-index").daemon(true).start(this::build);
        }
    }

    /** @param surname as typed; matching ignores case */
    public List<TraceMatch> bySurnameAndDateOfBirth(String surname, LocalDate dateOfBirth, int limit) {
        String lower = surname.trim().toLowerCase(Locale.ROOT);
        List<TraceMatch> matches = new ArrayList<>();
        for (Persona p : personas.personas()) {
            Citizen c = personas.record(p.nino()).citizen();
            if (matches.size() < limit && c.name().surname().toLowerCase(Locale.ROOT).equals(lower)
                    && c.dateOfBirth().equals(dateOfBirth)) {
                matches.add(match(c));
            }
        }
        Integer surnameId = SURNAME_IDS.get(lower);
        if (surnameId != null && matches.size() < limit && indexSize > 0) {
            index().candidatesByName(surnameId, dateOfBirth, i -> {
                Identity id = population.identity(i);
                if (id.surnameId() == surnameId && id.dateOfBirth().equals(dateOfBirth)) {
                    matches.add(match(id));
                }
                return matches.size() < limit;
            });
        }
        return matches;
    }

    /** @param postcode upper case with one space before the inward code */
    public List<TraceMatch> byPostcode(String postcode, int limit) {
        List<TraceMatch> matches = new ArrayList<>();
        for (Persona p : personas.personas()) {
            Citizen c = personas.record(p.nino()).citizen();
            if (matches.size() < limit && c.currentAddress().postcode().equals(postcode)) {
                matches.add(match(c));
            }
        }
        if (matches.size() < limit && indexSize > 0) {
            index().candidatesByPostcode(postcode, i -> {
                Identity id = population.identity(i);
                if (id.postcode().equals(postcode)) {
                    matches.add(match(id));
                }
                return matches.size() < limit;
            });
        }
        return matches;
    }

    /** The index, building it now if nobody has started to. */
    public TraceIndex index() {
        if (claimBuild()) {
            build();
        }
        return index.join();
    }

    /** Whether the index has begun building, asked for or started by a first trace. */
    public synchronized boolean buildStarted() {
        return building;
    }

    private synchronized boolean claimBuild() {
        if (building) {
            return false;
        }
        building = true;
        return true;
    }

    private void build() {
        try {
            long start = System.nanoTime();
            TraceIndex built = TraceIndex.build(population, indexSize);
            LOG.info("Trace index over {} generated citizens built in {} ms; it holds {} KiB", built.size(),
                    (System.nanoTime() - start) / 1_000_000, built.bytes() / 1024);
            index.complete(built);
        } catch (RuntimeException | Error e) {
            index.completeExceptionally(e);
            throw e;
        }
    }

    /** A citizen as a trace lists them: NINO, name, date of birth and current postcode. */
    public static TraceMatch match(Citizen c) {
        return new TraceMatch(c.nino(), c.name(), c.dateOfBirth(), c.currentAddress().postcode());
    }

    static TraceMatch match(Identity id) {
        return new TraceMatch(NinoScheme.ninoOf(id.index()), new Name(id.title(), id.givenNames(), id.surname()),
                id.dateOfBirth(), id.postcode());
    }
}
