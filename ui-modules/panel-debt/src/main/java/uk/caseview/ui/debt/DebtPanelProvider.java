package uk.caseview.ui.debt;

import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;

public final class DebtPanelProvider implements PanelProvider {

    @Override
    public String id() {
        return "debts";
    }

    @Override
    public String title() {
        return "Debts";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public CustomerPanel create(PanelContext context) {
        return new DebtPanel(context, title());
    }
}
