package uk.caseview.ui.workspace.debt;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats used across the workspace. */
public final class Dates {

    private Dates() {}

    /** "3 Mar 2026": tables. */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** "3 March 2026": sentences and headings. */
    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
}
