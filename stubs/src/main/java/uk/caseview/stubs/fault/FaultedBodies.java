package uk.caseview.stubs.fault;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import uk.caseview.stubs.Fault;

/** Corrupts or pads a JSON body as a fault asks. */
public final class FaultedBodies {

    private FaultedBodies() {}

    public static byte[] apply(byte[] body, FaultDecision fault) {
        byte[] out = body;
        if (fault.malformed() == Fault.Malformed.INVALID_JSON) {
            out = invalid(out);
        } else if (fault.malformed() == Fault.Malformed.TRUNCATED_JSON) {
            out = Arrays.copyOf(out, Math.max(1, out.length / 2));
        }
        if (fault.oversizedBytes() > out.length) {
            int size = (int) Math.min(fault.oversizedBytes(), Integer.MAX_VALUE - 16);
            byte[] padded = Arrays.copyOf(out, size);
            // Trailing whitespace keeps the JSON valid: the fault is the size, not the syntax.
            Arrays.fill(padded, out.length, size, (byte) ' ');
            out = padded;
        }
        return out;
    }

    /** Swaps the first double quote for a single one: {"a":1} becomes {'a":1}, which no JSON parser accepts. */
    static byte[] invalid(byte[] body) {
        byte[] copy = body.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == '"') {
                copy[i] = '\'';
                return copy;
            }
        }
        return ("<html>" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
