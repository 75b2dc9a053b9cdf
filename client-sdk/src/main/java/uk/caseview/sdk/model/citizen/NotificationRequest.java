package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An SMS or letter to send; language null means the citizen's preferred language. */
public record NotificationRequest(Channel channel, String template, String language) {

    public enum Channel {
        @JsonProperty("sms") SMS,
        @JsonProperty("letter") LETTER
    }
}
