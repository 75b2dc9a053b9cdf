package uk.caseview.stubs.data.build;

/** Pence as "£1,234.56" for messages; amounts themselves stay integer pence everywhere. */
public final class Money {

    private Money() {}

    public static String format(long pence) {
        String sign = pence < 0 ? "-" : "";
        long abs = Math.abs(pence);
        long pounds = abs / 100;
        long p = abs % 100;
        return sign + "£" + String.format("%,d", pounds) + "." + (p < 10 ? "0" : "") + p;
    }

    public static long pounds(long pounds) {
        return pounds * 100;
    }
}
