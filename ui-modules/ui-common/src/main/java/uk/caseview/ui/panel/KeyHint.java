package uk.caseview.ui.panel;

/**
 * A key a panel answers inside itself (Enter on a row, Page Down in its preview), as the F1
 * overlay lists it: the keys as a caseworker reads them, and what they do.
 */
public record KeyHint(String keys, String does) {}
