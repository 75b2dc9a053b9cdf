package uk.caseview.sdk.model.citizen;

import java.time.Instant;

public record Notification(
        String notificationId,
        NotificationRequest.Channel channel,
        String template,
        String language,
        String status,
        Instant createdAt) {}
