package uk.caseview.ui.format;

/**
 * Money as a caseworker reads it: "£1,234.56". Works on integer pence only, so no amount is
 * ever rounded on its way to the screen.
 */
public final class Money {

    private Money() {}

    /** "£1,234.56"; a negative amount reads "-£12.00". */
    public static String format(long pence) {
        // Split before taking magnitudes: Math.abs(Long.MIN_VALUE) would overflow, its parts don't.
        long pounds = Math.abs(pence / 100);
        long penny = Math.abs(pence % 100);
        StringBuilder sb = new StringBuilder(pence < 0 ? "-£" : "£");
        sb.append(grouped(pounds)).append('.');
        if (penny < 10) {
            sb.append('0');
        }
        return sb.append(penny).toString();
    }

    /** For a value that may be absent in the API, e.g. an alert without a threshold. */
    public static String format(Long pence, String whenAbsent) {
        return pence == null ? whenAbsent : format(pence.longValue());
    }

    private static String grouped(long pounds) {
        String digits = Long.toString(pounds);
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
