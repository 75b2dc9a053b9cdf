package uk.caseview.ui.evidence;

import java.util.Locale;

/**
 * Whether a file may be uploaded as evidence: PDF, PNG or JPEG, at most 10 MiB (the API's
 * limits). The first bytes must agree with the name, so a renamed .exe is refused here with a
 * reason rather than by the server after a long upload.
 */
final class UploadCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    record Result(String mediaType, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private UploadCheck() {}

    static Result check(String fileName, long size, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String byName = name.endsWith(".pdf") ? "application/pdf"
                : name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : null;
        if (byName == null) {
            return new Result(null, fileName + " can't be uploaded: only PDF, PNG and JPEG files are accepted.");
        }
        if (size == 0) {
            return new Result(null, fileName + " is empty.");
        }
        if (size > MAX_BYTES) {
            return new Result(null, fileName + " is " + EvidenceViewModel.size(size)
                    + ": the most one upload can be is 10 MB. Ask for a smaller scan, or split it.");
        }
        String byContent = sniff(head);
        if (!byName.equals(byContent)) {
            return new Result(null, fileName + " is not really a " + label(byName)
                    + " file (its contents say otherwise), so it can't be uploaded.");
        }
        return new Result(byName, null);
    }

    /** What the first bytes say a file is: a PDF, PNG or JPEG media type, or "unknown". */
    static String sniff(byte[] h) {
        if (h.length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
            return "application/pdf";
        }
        if (h.length >= 8 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "image/png";
        }
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return "unknown";
    }

    private static String label(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/png" -> "PNG";
            default -> "JPEG";
        };
    }
}
