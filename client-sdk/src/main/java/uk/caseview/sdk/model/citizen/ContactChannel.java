package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum ContactChannel {
    @JsonProperty("phone") PHONE,
    @JsonProperty("face_to_face") FACE_TO_FACE,
    @JsonProperty("letter") LETTER,
    @JsonProperty("email") EMAIL,
    @JsonProperty("webchat") WEBCHAT,
    @JsonEnumDefaultValue UNKNOWN
}
