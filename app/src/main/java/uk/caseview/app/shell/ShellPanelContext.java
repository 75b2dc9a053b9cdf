package uk.caseview.app.shell;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.panel.PanelContext;

/** What one customer tab hands each of its panels. */
record ShellPanelContext(
        Nino nino,
        CaseviewApis apis,
        BackgroundTasks tasks,
        Consumer<Source> retrySource,
        Clock clock,
        Predicate<String> workspaceInstalled,
        Consumer<String> workspaceOpener)
        implements PanelContext {

    @Override
    public void retry(Source source) {
        retrySource.accept(source);
    }

    @Override
    public boolean hasWorkspace(String workspaceId) {
        return workspaceInstalled.test(workspaceId);
    }

    @Override
    public void openWorkspace(String workspaceId) {
        workspaceOpener.accept(workspaceId);
    }

    @Override
    public String toString() {
        return "ShellPanelContext[redacted]";
    }
}
