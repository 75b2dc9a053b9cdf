package uk.caseview.ui.workspace.debt;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.auth.Permission;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.ui.workspace.Workspace;
import uk.caseview.ui.workspace.WorkspaceContext;
import uk.caseview.ui.workspace.debt.detail.DebtDetailView;
import uk.caseview.ui.workspace.debt.detail.DebtDetailViewModel;
import uk.caseview.ui.workspace.debt.plan.PlanBuilderView;
import uk.caseview.ui.workspace.debt.plan.PlanBuilderViewModel;
import uk.caseview.ui.workspace.debt.plan.PlanSubmitter;
import uk.caseview.ui.workspace.debt.worklist.SavedFilterStore;
import uk.caseview.ui.workspace.debt.worklist.WorklistView;
import uk.caseview.ui.workspace.debt.worklist.WorklistViewModel;

/**
 * The debt workspace: the worklist on the first tab, and one tab per debt opened from it. Opening
 * a debt that is already open brings its tab forward.
 */
public final class DebtWorkspace implements Workspace {

    public static final String STYLESHEET = DebtWorkspace.class.getResource("debt-workspace.css").toExternalForm();

    private final WorkspaceContext context;
    private final PlanSubmitter submitter;
    private final RecoveryReferenceData rules = RecoveryReferenceData.standard();
    private final WorklistViewModel worklist;
    private final TabPane tabs = new TabPane();
    private final Map<String, OpenDebt> openDebts = new LinkedHashMap<>();

    private record OpenDebt(Tab tab, DebtDetailView view) {}

    public DebtWorkspace(WorkspaceContext context, SavedFilterStore savedFilters, PlanSubmitter submitter) {
        this.context = context;
        this.submitter = submitter;
        this.worklist = new WorklistViewModel(
                (filter, page, size) -> context.apis().debt().worklist(filter.toQuery(page, size)),
                savedFilters, context.tasks(), context.clock());
        WorklistView view = new WorklistView(worklist, this::open);
        Tab list = new Tab("Worklist", view.node());
        list.setId("debt-worklist-tab");
        list.setClosable(false);
        tabs.getTabs().add(list);
        tabs.setId("debt-workspace");
        tabs.getStylesheets().add(STYLESHEET);
        tabs.getStyleClass().add("dw-root");
        worklist.start();
    }

    @Override
    public Node node() {
        return tabs;
    }

    public WorklistViewModel worklist() {
        return worklist;
    }

    /** Opens (or brings forward) the tab for one debt from the worklist. */
    public void open(WorklistItem item) {
        OpenDebt existing = openDebts.get(item.debtId());
        if (existing != null) {
            tabs.getSelectionModel().select(existing.tab());
            existing.view().takeFocus();
            return;
        }
        DebtDetailViewModel detail = new DebtDetailViewModel(context.apis().debt(), context.tasks(), rules,
                item.nino(), item.debtId());
        DebtDetailView view = new DebtDetailView(detail, () -> context.openCustomer(Nino.parse(item.nino())));
        detail.detailsProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                PlanBuilderViewModel plan = new PlanBuilderViewModel(now.debt(), context.apis(), context.tasks(),
                        context.clock(), rules, submitter);
                plan.setOnAgreed(agreed -> {
                    detail.load();
                    worklist.refresh();
                });
                if (context.allows(Permission.AGREE_REPAYMENT_PLAN)) {
                    view.setPlanBuilder(new PlanBuilderView(plan).node());
                    plan.load();
                } else {
                    // A team leader reviews the caseload; only a debt officer agrees a plan (role matrix).
                    javafx.scene.control.Label onlyOfficers = new javafx.scene.control.Label(
                            "Only a debt officer agrees a repayment plan.");
                    onlyOfficers.setId("plan-not-for-role");
                    onlyOfficers.setWrapText(true);
                    view.setPlanBuilder(onlyOfficers);
                }
            }
        });
        Tab tab = new Tab(item.debtId(), view.node());
        tab.setId("debt-tab-" + item.debtId());
        tab.setOnClosed(e -> openDebts.remove(item.debtId()));
        openDebts.put(item.debtId(), new OpenDebt(tab, view));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        view.takeFocus();
        detail.load();
    }

    @Override
    public void dispose() {
        tabs.getTabs().removeIf(Tab::isClosable);
        openDebts.clear();
    }
}
