package uk.caseview.ui.workspace.debt.worklist;

import uk.caseview.sdk.model.debt.WorklistItem;

/**
 * Row {@code index} of the worklist as the table sees it: the item once its page has arrived,
 * or a placeholder while it is loading or after its page failed.
 */
public record WorklistRow(int index, WorklistItem item, boolean failed) {

    public boolean loaded() {
        return item != null;
    }

    /** The NINO is on the item for the drill-down; it never reaches a log through this record. */
    @Override
    public String toString() {
        return "WorklistRow[" + index + (item == null ? (failed ? ", failed" : ", loading") : ", " + item.debtId()) + "]";
    }
}
