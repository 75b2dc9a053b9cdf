package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    @Test
    void acceptsPdfPngAndJpegUpToTenMegabytes() {
        assertThat(UploadCheck.check("payslip.PDF", 1000, PDF).mediaType()).isEqualTo("application/pdf");
        assertThat(UploadCheck.check("id.png", 5000, PNG).mediaType()).isEqualTo("image/png");
        assertThat(UploadCheck.check("id.jpeg", UploadCheck.MAX_BYTES, JPEG).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesOtherTypesWithAReason() {
        assertThat(UploadCheck.check("notes.docx", 1000, PDF).problem())
                .isEqualTo("notes.docx can't be uploaded: only PDF, PNG and JPEG files are accepted.");
    }

    @Test
    void refusesOversizedFilesSayingHowBig() {
        assertThat(UploadCheck.check("scan.pdf", UploadCheck.MAX_BYTES + 1, PDF).problem())
                .startsWith("scan.pdf is 10.0 MB: the most one upload can be is 10 MB");
    }

    @Test
    void refusesAFileWhoseContentsDoNotMatchItsName() {
        assertThat(UploadCheck.check("statement.pdf", 1000, "MZ\u0090\u0000".getBytes()).problem())
                .isEqualTo("statement.pdf is not really a PDF file (its contents say otherwise), so it can't be uploaded.");
        assertThat(UploadCheck.check("empty.png", 0, new byte[0]).problem()).isEqualTo("empty.png is empty.");
    }
}
