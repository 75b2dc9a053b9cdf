package uk.caseview.sdk.model.award;

import java.util.List;

public record Awards(String nino, List<Award> awards) {

    public Awards {
        awards = awards == null ? List.of() : List.copyOf(awards);
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Awards[redacted, awards=" + awards.size() + "]";
    }
}
