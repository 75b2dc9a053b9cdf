package uk.caseview.ui.workspace.debt.plan;

import java.util.function.Consumer;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.DebtApi;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;

/**
 * Sends the plan straight to the debt service, with the caller's idempotency key and the debt's
 * version as If-Match. It never queues: if the service is down the call fails, the caseworker is
 * told, and "Agree plan" again reuses the key. For tests, and for a shell without an outbox.
 */
public final class DirectPlanSubmitter implements PlanSubmitter {

    private final DebtApi api;

    public DirectPlanSubmitter(DebtApi api) {
        this.api = api;
    }

    @Override
    public Progress submit(Nino nino, String debtId, long debtVersion, RepaymentPlanRequest plan,
            String idempotencyKey, Consumer<Progress> later) {
        return new Progress(Stage.SENT, api.agreeRepaymentPlan(debtId, idempotencyKey, ETags.of(debtVersion), plan),
                null, idempotencyKey);
    }
}
