package uk.caseview.ui.workspace;

/**
 * A top-level work area that is not about one customer (the debt worklist, say). Discovered
 * like panels: list the provider in {@code META-INF/services/uk.caseview.ui.workspace.WorkspaceProvider}.
 */
public interface WorkspaceProvider {

    String id();

    String title();

    /** Lower comes first among workspaces. */
    int order();

    /** The permission a member of staff needs to see this workspace at all; the shell leaves it out otherwise. */
    uk.caseview.sdk.auth.Permission requires();

    /** Called once, on the FX Application Thread, when the shell opens the workspace. */
    Workspace create(WorkspaceContext context);
}
