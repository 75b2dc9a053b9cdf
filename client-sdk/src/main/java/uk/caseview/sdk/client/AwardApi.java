package uk.caseview.sdk.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import uk.caseview.sdk.model.award.Awards;

@Headers("Accept: application/json")
public interface AwardApi {

    @RequestLine("GET /award/v1/citizens/{nino}/awards")
    Awards getAwards(@Param("nino") String nino);
}
