package uk.caseview.sdk.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import uk.caseview.sdk.model.earnings.Earnings;

/** HMRC Real Time Information pay data. Dates are ISO-8601 strings; null means the default window. */
@Headers("Accept: application/json")
public interface EarningsApi {

    @RequestLine("GET /earnings/v1/citizens/{nino}/earnings?from={from}&to={to}")
    Earnings getEarnings(@Param("nino") String nino, @Param("from") String from, @Param("to") String to);
}
