package uk.caseview.stubs.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small, real documents for the evidence API: a one-page PDF that says what it is, or a PNG that
 * looks like a scanned page. The bytes depend only on the inputs, so a document's size is known
 * when its list entry is built and the content endpoint can regenerate it on demand.
 */
public final class EvidenceDocuments {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private EvidenceDocuments() {}

    public static byte[] render(String evidenceId, String mediaType, String title, String description) {
        return PNG.equals(mediaType) ? png(evidenceId) : pdf(evidenceId, title, description);
    }

    static byte[] pdf(String evidenceId, String title, String description) {
        String text = "BT /F1 16 Tf 56 780 Td (" + pdfText("SYNTHETIC TRAINING DOCUMENT - NOT A REAL PERSON") + ") Tj ET\n"
                + "BT /F1 13 Tf 56 740 Td (" + pdfText(title) + ") Tj ET\n"
                + "BT /F1 11 Tf 56 715 Td (" + pdfText(description) + ") Tj ET\n"
                + "BT /F1 9 Tf 56 60 Td (" + pdfText("Caseview stub evidence " + evidenceId) + ") Tj ET\n";
        byte[] stream = text.getBytes(StandardCharsets.US_ASCII);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length + " >>\nstream\n" + text + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            sb.append(String.format("%010d 00000 n \n", offset));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, sb.toString());
        return out.toByteArray();
    }

    private static String pdfText(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 32 && c < 127) {
                sb.append(c);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** A 200x280 greyscale "scan": paper tone, a header block and lines of grey bars for text. */
    static byte[] png(String evidenceId) {
        int w = 200;
        int h = 280;
        int hash = evidenceId.hashCode();
        int paper = 236 + Math.floorMod(hash, 16);
        byte[] raw = new byte[h * (w + 1)];
        for (int y = 0; y < h; y++) {
            int row = y * (w + 1);
            raw[row] = 0; // filter: none
            boolean header = y >= 16 && y < 40;
            boolean textLine = y >= 56 && y < 260 && (y - 56) % 12 < 5;
            int lineLength = 150 - Math.floorMod(hash >> (y % 16), 60);
            for (int x = 0; x < w; x++) {
                int v = paper;
                if (header && x >= 16 && x < 120) {
                    v = 70;
                } else if (textLine && x >= 16 && x < 16 + lineLength) {
                    v = 150;
                }
                raw[row + 1 + x] = (byte) v;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 0; // greyscale
        chunk(out, "IHDR", ihdr);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            z.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        chunk(out, "IDAT", z.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.writeBytes(len);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
