package uk.caseview.stubs.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.sdk.model.citizen.TraceResult;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.CaseData;
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
        List<TraceMatch> matches;
        if (postcode != null) {
            if (surname != null || dob != null) {
                throw ApiProblem.badRequest("postcode", "Trace by postcode alone, or by surname and date of birth.");
            }
            matches = tracer.byPostcode(normalisePostcode(postcode), limit);
        } else if (surname != null && dob != null) {
            matches = tracer.bySurnameAndDateOfBirth(surname, LocalDate.parse(dob), limit);
        } else if (surname != null) {
            throw ApiProblem.badRequest("dateOfBirth", "Required with surname.");
        } else if (dob != null) {
            throw ApiProblem.badRequest("surname", "Required with dateOfBirth.");
        } else {
            throw ApiProblem.badRequest("surname", "Give surname and dateOfBirth, or postcode.");
        }
        return Reply.json(200, new TraceResult(new ArrayList<>(matches)));
    }

    /** "cf143rt" and "CF14 3RT" are the same postcode: upper case, one space before the inward code. */
    static String normalisePostcode(String raw) {
        String compact = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
