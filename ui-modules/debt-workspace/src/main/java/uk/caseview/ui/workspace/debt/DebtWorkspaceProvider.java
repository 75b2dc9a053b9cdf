package uk.caseview.ui.workspace.debt;

import uk.caseview.ui.workspace.Workspace;
import uk.caseview.ui.workspace.WorkspaceContext;
import uk.caseview.ui.workspace.WorkspaceProvider;
import uk.caseview.ui.workspace.debt.plan.DirectPlanSubmitter;
import uk.caseview.ui.workspace.debt.plan.OutboxPlanSubmitter;
import uk.caseview.ui.workspace.debt.plan.PlanSubmitter;
import uk.caseview.ui.workspace.debt.worklist.SavedFilterStore;

/** Plugs the debt workspace into the shell (listed in META-INF/services). */
public final class DebtWorkspaceProvider implements WorkspaceProvider {

    @Override
    public uk.caseview.sdk.auth.Permission requires() {
        return uk.caseview.sdk.auth.Permission.WORK_DEBT_CASELOAD;
    }

    @Override
    public String id() {
        return "debt";
    }

    @Override
    public String title() {
        return "Debt recovery";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Workspace create(WorkspaceContext context) {
        // With the SDK's outbox a plan is kept on disk and sent when the debt service can take it;
        // without one (a shell whose SDK has no data directory) it is sent directly and a failure says so.
        return new DebtWorkspace(context, SavedFilterStore.inConfigDirectory(ConfigDirectory.resolve()),
                submitterFor(context));
    }

    /**
     * The outbox when the shell offers one, each queued plan reported to the shell so its status bar follows it
     * to "sent" even after the plan's tab is closed; directly otherwise.
     */
    public static PlanSubmitter submitterFor(WorkspaceContext context) {
        return context.outbox()
                .<PlanSubmitter>map(outbox -> new OutboxPlanSubmitter(outbox,
                        receipt -> context.tasks().onFxThread(() -> context.saved(receipt, "Repayment plan"))))
                .orElseGet(() -> new DirectPlanSubmitter(context.apis().debt()));
    }
}
