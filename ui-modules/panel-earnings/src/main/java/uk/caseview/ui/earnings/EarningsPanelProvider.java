package uk.caseview.ui.earnings;

import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;

public final class EarningsPanelProvider implements PanelProvider {

    @Override
    public String id() {
        return "earnings";
    }

    @Override
    public String title() {
        return "Earnings (RTI)";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public CustomerPanel create(PanelContext context) {
        return new EarningsPanel(context, title());
    }
}
