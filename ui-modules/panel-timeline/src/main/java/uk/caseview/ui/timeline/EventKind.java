package uk.caseview.ui.timeline;

/** Where a timeline event comes from; each is one filter toggle. Declared in filter-bar order. */
enum EventKind {
    PAYMENT("Payments"),
    RTI("RTI"),
    EVIDENCE("Evidence"),
    DEBT("Debt"),
    NOTE("Notes");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
