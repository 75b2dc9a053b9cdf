package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A letter or text message sent to a citizen: the wording that went and how far it has got. */
public record Notification(
        String notificationId,
        NotificationRequest.Channel channel,
        NotificationTemplate template,
        String language,
        String subject,
        String body,
        Status status,
        Instant createdAt,
        Instant statusAt,
        String failureReason) {

    public enum Status {
        /** Waiting for the printer or the SMS gateway. */
        @JsonProperty("queued") QUEUED("Waiting to go"),
        /** A letter printed and posted. */
        @JsonProperty("sent") SENT("Posted"),
        /** A text message the phone network says arrived. */
        @JsonProperty("delivered") DELIVERED("Delivered"),
        @JsonProperty("failed") FAILED("Not delivered"),
        @JsonEnumDefaultValue UNKNOWN("Status not known");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The wording is the citizen's personal data: it never reaches a log through toString. */
    @Override
    public String toString() {
        return "Notification[" + notificationId + ", " + channel + ", " + template + ", " + status + ", redacted]";
    }
}
