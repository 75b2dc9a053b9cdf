package uk.caseview.ui.award;

import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;

public final class AwardPanelProvider implements PanelProvider {

    @Override
    public String id() {
        return "awards";
    }

    @Override
    public String title() {
        return "Awards";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public CustomerPanel create(PanelContext context) {
        return new AwardPanel(context, title());
    }
}
