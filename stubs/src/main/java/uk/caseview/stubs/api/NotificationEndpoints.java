package uk.caseview.stubs.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationList;
import uk.caseview.sdk.model.citizen.NotificationPreview;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.citizen.NotificationTemplate;
import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.notify.NotificationDelivery;
import uk.caseview.stubs.notify.NotificationWording;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;

/**
 * Letters and text messages: the wording a caseworker previews, the send (which records the exact
 * text that went, in the citizen's language) and the list with each one's delivery status.
 * Notifications live in the session's overlay, like the notes they leave in the contact history.
 */
public final class NotificationEndpoints {

    private final CaseData data;
    private final Clock clock;
    private final LocalDate today;

    public NotificationEndpoints(CaseData data, Clock clock, LocalDate today) {
        this.data = data;
        this.clock = clock;
        this.today = today;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "previewNotification", this::preview,
                "sendNotification", this::send,
                "listNotifications", this::list);
    }

    Reply preview(RequestContext r) {
        CitizenData record = data.require(r.session(), r.path("nino"));
        NotificationRequest.Channel channel = "sms".equals(r.query("channel")) ? NotificationRequest.Channel.SMS
                : NotificationRequest.Channel.LETTER;
        NotificationTemplate template = templateOf(r.query("template"));
        return Reply.json(200, NotificationWording.render(template, channel,
                languageFor(r.query("language"), record.citizen()), record, today));
    }

    Reply send(RequestContext r) {
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        Citizen c = record.citizen();
        if (c.flags().deceased()) {
            throw ApiProblem.of(409, "Citizen has died", "Notifications are not sent to a citizen who has died.");
        }
        NotificationRequest request = r.body(NotificationRequest.class);
        if (request.template() == null || request.template() == NotificationTemplate.UNKNOWN) {
            throw ApiProblem.badRequest("template", "Not a template this service has.");
        }
        NotificationPreview wording = NotificationWording.render(request.template(), request.channel(),
                languageFor(request.language(), c), record, today);
        Instant now = clock.instant();
        Notification queued = new Notification("M" + NinoScheme.keyOf(nino) + "-" + session.next(),
                request.channel(), request.template(), wording.language(), wording.subject(), wording.body(),
                Notification.Status.QUEUED, now, now, null);
        session.addNotification(nino, new Session.SentNotification(queued,
                NotificationDelivery.willFail(request.channel(), c.contact() == null ? null : c.contact().mobile())));
        // It shows in the contact history too, as a sent letter or text does in the real service.
        boolean sms = request.channel() == NotificationRequest.Channel.SMS;
        ContactNote note = new ContactNote("N" + NinoScheme.keyOf(nino) + "-S" + session.next(), now,
                (sms ? "Text message" : "Letter") + " sent in " + ("cy".equals(wording.language()) ? "Welsh" : "English")
                        + ": " + wording.subject() + ".",
                sms ? ContactChannel.PHONE : ContactChannel.LETTER, "NOTIFY");
        session.put(nino, record.withNotes(CitizenWriteEndpoints.prepend(note, record.notes())));
        return Reply.json(202, queued);
    }

    Reply list(RequestContext r) {
        String nino = r.path("nino");
        data.require(r.session(), nino);
        Session session = data.classroom().existing(r.session());
        Instant now = clock.instant();
        List<Notification> sent = session == null ? List.of() : session.notifications(nino).stream()
                .map(s -> NotificationDelivery.asOf(s.queued(), s.fails(), now)).toList();
        return Reply.json(200, new NotificationList(sent));
    }

    /** The language asked for, else the citizen's preferred one. */
    private static String languageFor(String asked, Citizen c) {
        if (asked != null) {
            return asked;
        }
        return c.preferredLanguage() == Citizen.Language.WELSH ? "cy" : "en";
    }

    private static NotificationTemplate templateOf(String code) {
        for (NotificationTemplate t : NotificationTemplate.values()) {
            if (t != NotificationTemplate.UNKNOWN && t.code().equals(code)) {
                return t;
            }
        }
        throw ApiProblem.badRequest("template", "Not a template this service has.");
    }
}
