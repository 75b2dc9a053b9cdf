package uk.caseview.sdk.model.debt;

import java.util.List;

public record WorklistPage(List<WorklistItem> items, int page, int size, long totalItems) {

    public WorklistPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
