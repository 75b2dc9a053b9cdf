package uk.caseview.sdk.client;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.model.debt.WorklistPage;

@Headers("Accept: application/json")
public interface DebtApi {

    @RequestLine("GET /debt/v1/citizens/{nino}/debts")
    Debts getDebts(@Param("nino") String nino);

    @RequestLine("GET /debt/v1/debts/{debtId}/transactions")
    DebtLedger getLedger(@Param("debtId") String debtId);

    @RequestLine("PUT /debt/v1/debts/{debtId}/repayment-plan")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}", "If-Match: {etag}"})
    Debt agreeRepaymentPlan(
            @Param("debtId") String debtId,
            @Param("key") String idempotencyKey,
            @Param("etag") String ifMatch,
            RepaymentPlanRequest plan);

    /** Query keys as in the contract: status, type, planStatus, minBalancePence, ..., sort, page, size. */
    @RequestLine("GET /debt/v1/worklist")
    WorklistPage worklist(@QueryMap Map<String, String> query);
}
