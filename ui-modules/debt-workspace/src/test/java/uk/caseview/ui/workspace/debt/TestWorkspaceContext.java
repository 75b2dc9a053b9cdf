package uk.caseview.ui.workspace.debt;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.WorkspaceContext;

/** What the shell would hand the workspace, with "open customer" recorded instead of opening a tab. */
public final class TestWorkspaceContext implements WorkspaceContext {

    private final CaseviewApis apis;
    private final BackgroundTasks tasks;
    private final Clock clock;
    public final List<Nino> customersOpened = new CopyOnWriteArrayList<>();

    public TestWorkspaceContext(CaseviewApis apis, BackgroundTasks tasks, Clock clock) {
        this.apis = apis;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public CaseviewApis apis() {
        return apis;
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void openCustomer(Nino nino) {
        customersOpened.add(nino);
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
