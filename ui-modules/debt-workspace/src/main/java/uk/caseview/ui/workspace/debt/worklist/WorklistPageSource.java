package uk.caseview.ui.workspace.debt.worklist;

import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.sdk.repayment.WorklistFilter;

/** One page of the worklist, fetched from the debt service. Blocking: never called on the FX thread. */
@FunctionalInterface
public interface WorklistPageSource {

    WorklistPage fetch(WorklistFilter filter, int page, int size) throws Exception;
}
