package uk.caseview.bench.ui;

import java.time.Clock;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.panel.PanelContext;

/**
 * What the shell hands each panel, minus the shell: the real SDK clients and background tasks,
 * a retry that does nothing (every source is loaded), and every workspace "installed" so the
 * debt panel builds its "Open in debt workspace" button as it does in the app.
 */
record BenchPanelContext(Nino nino, CaseviewApis apis, BackgroundTasks tasks, Clock clock) implements PanelContext {

    @Override
    public void retry(Source source) {}

    @Override
    public boolean hasWorkspace(String workspaceId) {
        return true;
    }

    /** Every action shown, as for a user whose roles grant them all: the heaviest screen to render. */
    @Override
    public boolean allows(uk.caseview.sdk.auth.Permission permission) {
        return true;
    }

    /** The benchmark renders what is shown before any reveal; a reason is never asked. */
    @Override
    public void withReason(uk.caseview.sdk.model.citizen.AuditAction action, String question, Runnable granted) {}
}
