package uk.caseview.ui.workspace.debt.plan;

import uk.caseview.sdk.client.DebtApi;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;

/**
 * Sends the plan straight to the debt service, with its idempotency key and the debt's version as
 * If-Match. It never queues: if the service is down, the caseworker is told and can press
 * "Agree plan" again (the same key is reused, so it can't be agreed twice). Used where no
 * durable outbox is available.
 */
public final class DirectPlanSubmitter implements PlanSubmitter {

    private final DebtApi api;

    public DirectPlanSubmitter(DebtApi api) {
        this.api = api;
    }

    @Override
    public Submitted submit(String debtId, long debtVersion, RepaymentPlanRequest plan, String idempotencyKey) {
        return new Submitted(Outcome.SENT, api.agreeRepaymentPlan(debtId, idempotencyKey, ETags.of(debtVersion), plan));
    }
}
