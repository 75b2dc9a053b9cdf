package uk.caseview.ui.workspace.debt.worklist;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The table's items: as many rows as the server says match, without holding them. {@code get}
 * answers from the pager's cache or with a placeholder; pages arriving are announced as
 * replacements of their placeholders, which makes the table redraw just those rows.
 * Read-only: sorting is done by the server (the table's sort policy asks for it).
 */
final class VirtualWorklist extends ObservableListBase<WorklistRow> {

    private final WorklistPager pager;
    private int size;

    VirtualWorklist(WorklistPager pager) {
        this.pager = pager;
    }

    @Override
    public WorklistRow get(int index) {
        Objects.checkIndex(index, size);
        return pager.rowAt(index);
    }

    @Override
    public int size() {
        return size;
    }

    void resize(int newSize) {
        beginChange();
        try {
            if (size > 0) {
                nextRemove(0, placeholders(0, size));
            }
            size = newSize;
            if (newSize > 0) {
                nextAdd(0, newSize);
            }
        } finally {
            endChange();
        }
    }

    void rowsChanged(int from, int to) {
        int end = Math.min(to, size);
        if (from >= end) {
            return;
        }
        beginChange();
        try {
            nextReplace(from, end, placeholders(from, end));
        } finally {
            endChange();
        }
    }

    /** What the rows looked like before: placeholders, made on demand rather than held. */
    private static List<WorklistRow> placeholders(int from, int to) {
        return new AbstractList<>() {
            @Override
            public WorklistRow get(int i) {
                return new WorklistRow(from + i, null, false);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }
}
