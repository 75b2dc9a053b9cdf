package uk.caseview.ui.workspace.debt.worklist;

/** A named set of worklist criteria the caseworker keeps, e.g. "Broken plans over £1,000". */
public record SavedFilter(String name, WorklistCriteria criteria) {}
