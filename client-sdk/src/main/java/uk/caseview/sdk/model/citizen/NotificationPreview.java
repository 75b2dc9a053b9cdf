package uk.caseview.sdk.model.citizen;

/** The exact wording a notification would have if it were sent now, in the language it would go in. */
public record NotificationPreview(
        NotificationRequest.Channel channel,
        NotificationTemplate template,
        String language,
        String subject,
        String body) {

    /** The wording is the citizen's personal data: it never reaches a log through toString. */
    @Override
    public String toString() {
        return "NotificationPreview[" + channel + ", " + template + ", " + language + ", redacted]";
    }
}
