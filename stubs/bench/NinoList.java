import uk.caseview.stubs.data.NinoScheme;

/** Prints the NINOs of generated citizens 0..N-1, one a line: java -cp caseview-stubs.jar NinoList.java N */
public class NinoList {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        StringBuilder sb = new StringBuilder(n * 10);
        for (int i = 0; i < n; i++) {
            sb.append(NinoScheme.ninoOf(i)).append('\n');
        }
        System.out.print(sb);
    }
}
