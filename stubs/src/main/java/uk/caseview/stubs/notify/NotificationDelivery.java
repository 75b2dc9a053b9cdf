package uk.caseview.stubs.notify;

import java.time.Duration;
import java.time.Instant;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationRequest.Channel;

/**
 * How far a notification has got, as the printer and the SMS gateway would report it: queued for
 * a few seconds, then a letter is posted and a text message delivered, or failed when the number
 * is not in service. Worked out when it is read, so no timer runs in the stub.
 */
public final class NotificationDelivery {

    /** Long enough for a caseworker to see "waiting to go", short enough to see it change in a lesson. */
    public static final Duration HANDOVER = Duration.ofSeconds(5);

    private NotificationDelivery() {}

    /**
     * A text to a number ending 000 never arrives: the stub's one dead number in each block of the
     * drama range, so a trainer can show a failed delivery.
     */
    public static boolean willFail(Channel channel, String mobile) {
        return channel == Channel.SMS && mobile != null && mobile.replace(" ", "").endsWith("000");
    }

    /** The notification as it stands at {@code now}. */
    public static Notification asOf(Notification queued, boolean fails, Instant now) {
        Instant handedOver = queued.createdAt().plus(HANDOVER);
        if (now.isBefore(handedOver)) {
            return queued;
        }
        Notification.Status status = fails ? Notification.Status.FAILED
                : queued.channel() == Channel.SMS ? Notification.Status.DELIVERED : Notification.Status.SENT;
        return new Notification(queued.notificationId(), queued.channel(), queued.template(), queued.language(),
                queued.subject(), queued.body(), status, queued.createdAt(), handedOver,
                fails ? "The phone network says this number is not in service." : null);
    }
}
