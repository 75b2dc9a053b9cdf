package uk.caseview.stubs.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;

/**
 * Parses a {@code --fault} flag: {@code API:setting=value,setting=value}, with the settings of the
 * contract's Fault schema. For example {@code debt:errorRate=0.3,errorStatuses=503+429,retryAfterSeconds=2}
 * or {@code evidence:hang=true}.
 */
public final class FaultFlag {

    private FaultFlag() {}

    public static Map.Entry<StubApi, Fault> parse(String flag) {
        int colon = flag.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("--fault needs API:setting=value, e.g. debt:errorRate=0.5");
        }
        String apiName = flag.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        StubApi api = StubApi.byName(apiName).orElseThrow(() -> new IllegalArgumentException(
                "--fault: unknown API '" + apiName + "'; use citizen, earnings, award, debt or evidence"));
        Fault fault = Fault.NONE;
        for (String setting : flag.substring(colon + 1).split(",")) {
            if (setting.isBlank()) {
                continue;
            }
            int eq = setting.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--fault: '" + setting + "' is not setting=value");
            }
            String key = setting.substring(0, eq).trim();
            String value = setting.substring(eq + 1).trim();
            try {
                fault = apply(fault, key, value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--fault: " + key + " needs a number");
            }
        }
        return Map.entry(api, fault);
    }

    private static Fault apply(Fault f, String key, String value) {
        return switch (key) {
            case "latencyMs" -> f.withLatency(Long.parseLong(value), f.latencyJitterMs());
            case "latencyJitterMs" -> f.withLatency(f.latencyMs(), Long.parseLong(value));
            case "errorRate" -> new Fault(f.latencyMs(), f.latencyJitterMs(), Double.parseDouble(value),
                    f.errorStatuses(), f.retryAfterSeconds(), f.hang(), f.reset(), f.malformed(), f.oversizedBytes());
            case "errorStatuses" -> {
                List<Integer> statuses = new ArrayList<>();
                for (String s : value.split("\\+")) {
                    statuses.add(Integer.parseInt(s.trim()));
                }
                yield new Fault(f.latencyMs(), f.latencyJitterMs(), f.errorRate(), statuses, f.retryAfterSeconds(),
                        f.hang(), f.reset(), f.malformed(), f.oversizedBytes());
            }
            case "retryAfterSeconds" -> f.withRetryAfter(Integer.parseInt(value));
            case "hang" -> f.withHang(bool(key, value));
            case "reset" -> f.withReset(bool(key, value));
            case "malformed" -> f.withMalformed(switch (value) {
                case "none" -> Fault.Malformed.NONE;
                case "invalid_json" -> Fault.Malformed.INVALID_JSON;
                case "truncated_json" -> Fault.Malformed.TRUNCATED_JSON;
                default -> throw new IllegalArgumentException(
                        "--fault: malformed must be none, invalid_json or truncated_json");
            });
            case "oversizedBytes" -> f.withOversizedBytes(Long.parseLong(value));
            default -> throw new IllegalArgumentException("--fault: unknown setting '" + key + "'");
        };
    }

    private static boolean bool(String key, String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("--fault: " + key + " must be true or false");
    }
}
