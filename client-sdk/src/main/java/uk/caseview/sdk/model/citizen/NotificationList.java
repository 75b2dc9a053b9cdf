package uk.caseview.sdk.model.citizen;

import java.util.List;

/** The letters and text messages sent to a citizen, newest first. */
public record NotificationList(List<Notification> notifications) {

    public NotificationList {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }
}
