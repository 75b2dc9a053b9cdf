package uk.caseview.stubs.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.sdk.model.citizen.TraceResult;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;
import uk.caseview.stubs.trace.Tracer;

/** The citizen API's reads. */
public final class CitizenEndpoints {

    private final CaseData data;
    private final Tracer tracer;

    public CitizenEndpoints(CaseData data, Tracer tracer) {
        this.data = data;
        this.tracer = tracer;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "getCitizen", this::getCitizen,
                "traceCitizens", this::trace,
                "listContactNotes", this::notes);
    }

    Reply getCitizen(RequestContext r) {
        return data.read(r.session(), r.path("nino"), r.target(), () -> {
            Citizen citizen = data.require(r.session(), r.path("nino")).citizen();
            return Reply.json(200, citizen, Etags.header(citizen.version()));
        });
    }

    Reply notes(RequestContext r) {
        return data.read(r.session(), r.path("nino"), r.target(), () ->
                Reply.json(200, new ContactNoteList(data.require(r.session(), r.path("nino")).notes())));
    }

    Reply trace(RequestContext r) {
        String surname = r.query("surname");
        String dob = r.query("dateOfBirth");
        String postcode = r.query("postcode");
        int limit = r.query("limit") == null ? 25 : Integer.parseInt(r.query("limit"));
        Session session = data.classroom().existing(r.session());
        Map<String, CitizenRecord> changed = session == null ? Map.of() : session.changedRecords();
        // Enough seeded matches to fill the page after dropping those this session has changed.
        int seededLimit = limit + changed.size();
        String normalised = postcode == null ? null : normalisePostcode(postcode);
        LocalDate born = dob == null ? null : LocalDate.parse(dob);
        String surnameLower = surname == null ? null : surname.trim().toLowerCase(Locale.ROOT);
        List<TraceMatch> candidates;
        if (surname != null && born != null) {
            candidates = tracer.bySurnameAndDateOfBirth(surname, born, normalised == null ? seededLimit : 500);
        } else if (normalised != null) {
            candidates = tracer.byPostcode(normalised, surname == null && born == null ? seededLimit : 500);
        } else if (surname != null) {
            throw ApiProblem.badRequest("dateOfBirth", "Required with surname, unless a postcode is given.");
        } else if (dob != null) {
            throw ApiProblem.badRequest("surname", "Required with dateOfBirth, unless a postcode is given.");
        } else {
            throw ApiProblem.badRequest("surname", "Give surname and dateOfBirth, or postcode.");
        }
        // Whichever fields were given, every match has all of them: a postcode narrows a name search.
        Predicate<TraceMatch> fits = m -> (normalised == null || normalised.equals(m.postcode()))
                && (born == null || born.equals(m.dateOfBirth()))
                && (surnameLower == null || m.name().surname().toLowerCase(Locale.ROOT).equals(surnameLower));
        List<TraceMatch> matches = candidates.stream().filter(fits).limit(seededLimit).toList();
        Predicate<Citizen> wanted = c -> c.currentAddress() != null && fits.test(Tracer.match(c));
        return Reply.json(200, new TraceResult(withSessionChanges(changed, matches, wanted, limit)));
    }

    /**
     * The trace index knows the seeded citizens only. A trainee who has just recorded a move traces
     * the citizen by the new postcode, and no longer finds them at the old one: so the citizens
     * this session has changed are matched as the session sees them.
     */
    private static List<TraceMatch> withSessionChanges(Map<String, CitizenRecord> changed, List<TraceMatch> seeded,
            Predicate<Citizen> wanted, int limit) {
        List<TraceMatch> matches = new ArrayList<>();
        for (TraceMatch m : seeded) {
            if (!changed.containsKey(m.nino())) {
                matches.add(m);
            }
        }
        changed.values().stream().map(CitizenRecord::citizen).filter(wanted)
                .sorted(Comparator.comparing(Citizen::nino))
                .forEach(c -> matches.add(Tracer.match(c)));
        return matches.size() > limit ? new ArrayList<>(matches.subList(0, limit)) : matches;
    }

    /** "cf143rt" and "CF14 3RT" are the same postcode: upper case, one space before the inward code. */
    static String normalisePostcode(String raw) {
        String compact = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
