package uk.caseview.ui.workspace.debt;

import uk.caseview.ui.workspace.Workspace;
import uk.caseview.ui.workspace.WorkspaceContext;
import uk.caseview.ui.workspace.WorkspaceProvider;
import uk.caseview.ui.workspace.debt.plan.DirectPlanSubmitter;
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
        // TODO(outbox): agreeing a plan goes straight to the debt service until the SDK outbox lands;
        // then it is queued durably and sent later when the service is down.
        return new DebtWorkspace(context, SavedFilterStore.inConfigDirectory(ConfigDirectory.resolve()),
                new DirectPlanSubmitter(context.apis().debt()));
    }
}
