package uk.caseview.ui.citizen;

import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.Placement;

public final class CitizenPanelProvider implements PanelProvider {

    @Override
    public String id() {
        return "personal";
    }

    @Override
    public String title() {
        return "Personal details";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Placement placement() {
        return Placement.SIDE;
    }

    @Override
    public CustomerPanel create(PanelContext context) {
        return new CitizenPanel(context, title());
    }
}
