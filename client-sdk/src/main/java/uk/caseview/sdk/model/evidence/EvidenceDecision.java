package uk.caseview.sdk.model.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A caseworker's decision on a received document: verified, or rejected with the reason the next
 * caseworker (and the citizen) will be told.
 */
public record EvidenceDecision(Decision decision, String reason) {

    public static final int MAX_REASON = 500;

    public enum Decision {
        @JsonProperty("verified") VERIFIED,
        @JsonProperty("rejected") REJECTED
    }

    public static EvidenceDecision verified() {
        return new EvidenceDecision(Decision.VERIFIED, null);
    }

    public static EvidenceDecision rejected(String reason) {
        return new EvidenceDecision(Decision.REJECTED, reason);
    }

    @Override
    public String toString() {
        return "EvidenceDecision[" + decision + ", redacted]";
    }
}
