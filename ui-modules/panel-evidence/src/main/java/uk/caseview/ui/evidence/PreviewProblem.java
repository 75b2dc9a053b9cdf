package uk.caseview.ui.evidence;

/**
 * Why a fetched document can't be shown, in words for the caseworker. Thrown by
 * {@link PreviewDocument}; its message is the sentence the preview displays, so it never names
 * a parser's exception or quotes the document.
 */
final class PreviewProblem extends Exception {

    enum Kind {
        UNSUPPORTED,
        CORRUPT,
        TOO_LARGE,
        PROTECTED
    }

    private final Kind kind;

    private PreviewProblem(Kind kind, String message) {
        super(message, null, false, false); // no stack trace: this is an answer, not a fault
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    static PreviewProblem unsupported(String mediaType) {
        return new PreviewProblem(Kind.UNSUPPORTED, "Caseview can't preview this kind of file (" + mediaType
                + "). Only PDF, PNG and JPEG documents can be shown.");
    }

    static PreviewProblem corrupt(String what) {
        return new PreviewProblem(Kind.CORRUPT,
                "This " + what + " is damaged or isn't really a " + what + ", so it can't be shown.");
    }

    static PreviewProblem tooLarge(String why) {
        return new PreviewProblem(Kind.TOO_LARGE, "This document is too large to preview: " + why + ".");
    }

    static PreviewProblem passwordProtected() {
        return new PreviewProblem(Kind.PROTECTED, "This PDF is password-protected, so Caseview can't show it.");
    }
}
