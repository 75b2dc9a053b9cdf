package uk.caseview.app.shell;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.workspace.WorkspaceProvider;

/** The panels and workspaces on the class path, found through ServiceLoader; the shell names none. */
public record PanelCatalogue(List<PanelProvider> panels, List<WorkspaceProvider> workspaces) {

    public PanelCatalogue {
        panels = panels.stream().sorted(Comparator.comparingInt(PanelProvider::order)).toList();
        workspaces = workspaces.stream().sorted(Comparator.comparingInt(WorkspaceProvider::order)).toList();
    }

    public static PanelCatalogue discover() {
        return new PanelCatalogue(
                ServiceLoader.load(PanelProvider.class).stream().map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(WorkspaceProvider.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public boolean hasWorkspace(String id) {
        return workspaces.stream().anyMatch(w -> w.id().equals(id));
    }
}
