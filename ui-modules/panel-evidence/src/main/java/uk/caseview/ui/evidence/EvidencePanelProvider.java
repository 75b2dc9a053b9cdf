package uk.caseview.ui.evidence;

import java.util.List;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.KeyHint;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;

public final class EvidencePanelProvider implements PanelProvider {

    @Override
    public String id() {
        return "evidence";
    }

    @Override
    public String title() {
        return "Evidence";
    }

    @Override
    public int order() {
        return 50;
    }

    /** Kept beside the handlers in EvidencePanel, DocumentPreview and PreviewWindow: change both together. */
    @Override
    public List<KeyHint> keys() {
        return List.of(
                new KeyHint("Enter", "Preview the selected document"),
                new KeyHint("Alt+Down / Alt+Up", "In the preview: next / previous document in the list"),
                new KeyHint("Page Down / Page Up", "In the preview: next / previous page"),
                new KeyHint("Esc", "Close the preview and go back to the list"));
    }

    @Override
    public CustomerPanel create(PanelContext context) {
        return new EvidencePanel(context, title());
    }
}
