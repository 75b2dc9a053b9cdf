package uk.caseview.ui.evidence;

import uk.caseview.ui.panel.CustomerPanel;
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

    @Override
    public CustomerPanel create(PanelContext context) {
        return new EvidencePanel(context, title());
    }
}
