/** A plain main class, as Caseview has, so the bare window also starts from an ordinary class path. */
public final class BareMain {
    public static void main(String[] args) {
        BareWindow.main(args);
    }
}
