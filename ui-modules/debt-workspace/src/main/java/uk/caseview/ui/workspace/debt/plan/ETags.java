package uk.caseview.ui.workspace.debt.plan;

/** The If-Match value for a debt at a version: a strong ETag, the version in quotes. */
final class ETags {

    private ETags() {}

    static String of(long version) {
        return "\"" + version + "\"";
    }
}
