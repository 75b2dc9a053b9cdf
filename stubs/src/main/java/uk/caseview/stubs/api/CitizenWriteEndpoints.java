package uk.caseview.stubs.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;

/** The citizen API's writes: contact details, changes of address and contact notes (notifications: NotificationEndpoints). */
public final class CitizenWriteEndpoints {

    /** A move may be recorded ahead of the day, as people ring before they go; not further ahead than this. */
    static final int MAX_DAYS_AHEAD = 31;

    private final CaseData data;
    private final Clock clock;
    private final LocalDate today;

    public CitizenWriteEndpoints(CaseData data, Clock clock, LocalDate today) {
        this.data = data;
        this.clock = clock;
        this.today = today;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "updateContactDetails", this::updateContactDetails,
                "recordAddressChange", this::recordAddressChange,
                "recordContactNote", this::recordNote);
    }

    Reply updateContactDetails(RequestContext r) {
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        Citizen c = record.citizen();
        requireVersion(r, c);
        ContactDetails details = r.body(ContactDetails.class);
        Citizen updated = new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), c.currentAddress(),
                c.pastAddresses(), details, c.preferredLanguage(), c.identityVerification(), c.relationships(),
                c.flags(), c.bankAccount(), c.version() + 1);
        session.put(nino, record.withCitizen(updated));
        return Reply.json(200, updated, Etags.header(updated.version()));
    }

    Reply recordAddressChange(RequestContext r) {
        NewAddress moved = r.body(NewAddress.class);
        if (moved.from().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw ApiProblem.badRequest("from", "Can be at most " + MAX_DAYS_AHEAD + " days ahead.");
        }
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        Citizen c = record.citizen();
        requireVersion(r, c);
        Address current = c.currentAddress();
        Address next = new Address(moved.line1().strip(), blankToNull(moved.line2()), moved.town().strip(),
                CitizenEndpoints.normalisePostcode(moved.postcode()), moved.from(), null);
        // The history must stay a line of periods: the one ended can't end before it began.
        if (current != null && current.from() != null && !next.from().isAfter(current.from())) {
            throw ApiProblem.conflict(409, "A move must start after the day the current address began; check the "
                    + "date.", StubJson.writer().valueToTree(c));
        }
        if (current != null && sameAddress(current, next)) {
            throw ApiProblem.conflict(409, "That is already the citizen's current address.",
                    StubJson.writer().valueToTree(c));
        }
        List<Address> past = new ArrayList<>(c.pastAddresses().size() + 1);
        if (current != null) {
            past.add(new Address(current.line1(), current.line2(), current.town(), current.postcode(),
                    current.from(), next.from().minusDays(1)));
        }
        past.addAll(c.pastAddresses());
        Citizen updated = new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), next, past,
                c.contact(), c.preferredLanguage(), c.identityVerification(), c.relationships(), c.flags(),
                c.bankAccount(), c.version() + 1);
        session.put(nino, record.withCitizen(updated));
        return Reply.json(201, updated, Etags.header(updated.version()));
    }

    /** A citizen write made against an older version than the one held is refused with it (412). */
    private static void requireVersion(RequestContext r, Citizen c) {
        String ifMatch = r.header("If-Match");
        if (ifMatch != null && !Etags.matches(ifMatch, c.version())) {
            throw ApiProblem.conflict(412, "The citizen changed since you loaded them; reload and try again.",
                    StubJson.writer().valueToTree(c));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The same place however it was typed: case and spaces aside. */
    private static boolean sameAddress(Address a, Address b) {
        return comparable(a.line1()).equals(comparable(b.line1()))
                && comparable(a.line2()).equals(comparable(b.line2()))
                && comparable(a.postcode()).equals(comparable(b.postcode()));
    }

    private static String comparable(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.UK);
    }

    Reply recordNote(RequestContext r) {
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        NewContactNote request = r.body(NewContactNote.class);
        ContactNote note = new ContactNote(noteId(nino, session), clock.instant(), request.text(), request.channel(),
                author(r.session()));
        session.put(nino, record.withNotes(prepend(note, record.notes())));
        return Reply.json(201, note);
    }

    private static String noteId(String nino, Session session) {
        return "N" + NinoScheme.keyOf(nino) + "-S" + session.next();
    }

    /** The signed-in member of staff's name; on a stub without sign-in, who the session says. */
    static String author(String session) {
        return uk.caseview.stubs.idp.Caller.current().map(uk.caseview.sdk.auth.AccessToken::displayName)
                .orElse(session == null ? "CASEWORKER" : "TRAINEE-" + session);
    }

    static List<ContactNote> prepend(ContactNote note, List<ContactNote> notes) {
        List<ContactNote> out = new ArrayList<>(notes.size() + 1);
        out.add(note);
        out.addAll(notes);
        return out;
    }
}
