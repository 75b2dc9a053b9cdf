package uk.caseview.ui.workspace;

import java.time.Clock;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.ui.fx.BackgroundTasks;

/** What the shell hands a workspace. */
public interface WorkspaceContext {

    /** The SDK's clients. Never call on the FX thread; use {@link #tasks()}. */
    CaseviewApis apis();

    BackgroundTasks tasks();

    /** Opens (or focuses) the customer's single view in the shell. */
    void openCustomer(Nino nino);

    Clock clock();
}
