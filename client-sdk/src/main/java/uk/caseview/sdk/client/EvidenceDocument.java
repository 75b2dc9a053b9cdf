package uk.caseview.sdk.client;

import java.util.Locale;
import java.util.Objects;

/**
 * One evidence document as the evidence API sent it: the bytes and the media type its
 * Content-Type named (lower case, parameters dropped). Held in memory only: a document is
 * personal data, so nothing here writes it anywhere.
 *
 * <p>The array is the decoder's own and is not copied (a scan can be megabytes); callers must
 * not change it. {@link #toString()} names the type and size, never the contents.
 */
public record EvidenceDocument(byte[] content, String mediaType) {

    /**
     * The most the SDK will read for one document: twice the 10 MiB upload limit, so anything
     * uploaded through Caseview fits, and a broken server cannot fill the heap.
     */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public EvidenceDocument {
        Objects.requireNonNull(content, "content");
        mediaType = mediaType == null ? "application/octet-stream" : normalise(mediaType);
    }

    public int size() {
        return content.length;
    }

    /** "application/pdf" from "Application/PDF; charset=binary". */
    static String normalise(String contentType) {
        int semicolon = contentType.indexOf(';');
        String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return bare.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceDocument d && mediaType.equals(d.mediaType)
                && java.util.Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "EvidenceDocument[" + mediaType + ", " + content.length + " bytes]";
    }
}
