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
        PlanSubmitter submitter = context.outbox()
                .<PlanSubmitter>map(OutboxPlanSubmitter::new)
                .orElseGet(() -> new DirectPlanSubmitter(context.apis().debt()));
        return new DebtWorkspace(context, SavedFilterStore.inConfigDirectory(ConfigDirectory.resolve()), submitter);
    }
}
