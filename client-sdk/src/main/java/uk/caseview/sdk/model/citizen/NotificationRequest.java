package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An SMS or letter to send; language null means the citizen's preferred language. */
public record NotificationRequest(Channel channel, NotificationTemplate template, String language) {

    public enum Channel {
        @JsonProperty("sms") SMS,
        @JsonProperty("letter") LETTER;

        /** The wire value, as the contract spells it. */
        public String code() {
            return this == SMS ? "sms" : "letter";
        }
    }
}
