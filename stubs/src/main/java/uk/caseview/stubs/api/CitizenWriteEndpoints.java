package uk.caseview.stubs.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;

/** The citizen API's writes: contact details, contact notes and notifications. */
public final class CitizenWriteEndpoints {

    private final CaseData data;
    private final Clock clock;

    public CitizenWriteEndpoints(CaseData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "updateContactDetails", this::updateContactDetails,
                "recordContactNote", this::recordNote,
                "sendNotification", this::sendNotification);
    }

    Reply updateContactDetails(RequestContext r) {
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        Citizen c = record.citizen();
        String ifMatch = r.header("If-Match");
        if (ifMatch != null && !Etags.matches(ifMatch, c.version())) {
            throw ApiProblem.conflict(412, "The citizen changed since you loaded them; reload and try again.",
                    StubJson.writer().valueToTree(c));
        }
        ContactDetails details = r.body(ContactDetails.class);
        Citizen updated = new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), c.currentAddress(),
                c.pastAddresses(), details, c.preferredLanguage(), c.identityVerification(), c.relationships(),
                c.flags(), c.bankAccount(), c.version() + 1);
        session.put(nino, record.withCitizen(updated));
        return Reply.json(200, updated, Etags.header(updated.version()));
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

    Reply sendNotification(RequestContext r) {
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        Citizen c = record.citizen();
        if (c.flags().deceased()) {
            throw ApiProblem.of(409, "Citizen has died", "Notifications are not sent to a citizen who has died.");
        }
        NotificationRequest request = r.body(NotificationRequest.class);
        String language = request.language() != null ? request.language()
                : c.preferredLanguage() == Citizen.Language.WELSH ? "cy" : "en";
        Instant now = clock.instant();
        Notification notification = new Notification("M" + NinoScheme.keyOf(nino) + "-" + session.next(),
                request.channel(), request.template(), language, "queued", now);
        // The notification shows up in the contact history, as a sent letter or text does in the real service.
        String what = request.channel() == NotificationRequest.Channel.SMS ? "Text message" : "Letter";
        ContactNote note = new ContactNote(noteId(nino, session), now,
                what + " queued: " + request.template().replace('_', ' ') + " (" + ("cy".equals(language)
                        ? "Welsh" : "English") + ").",
                request.channel() == NotificationRequest.Channel.SMS ? ContactChannel.PHONE : ContactChannel.LETTER,
                "NOTIFY");
        session.put(nino, record.withNotes(prepend(note, record.notes())));
        return Reply.json(202, notification);
    }

    private static String noteId(String nino, Session session) {
        return "N" + NinoScheme.keyOf(nino) + "-S" + session.next();
    }

    static String author(String session) {
        return session == null ? "CASEWORKER" : "TRAINEE-" + session;
    }

    private static List<ContactNote> prepend(ContactNote note, List<ContactNote> notes) {
        List<ContactNote> out = new ArrayList<>(notes.size() + 1);
        out.add(note);
        out.addAll(notes);
        return out;
    }
}
