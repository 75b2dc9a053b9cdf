package uk.caseview.sdk.http;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A request path fit for a log line: NINOs in the path become {nino}, and query values (a
 * trace carries surname, date of birth and postcode) become *.
 */
public final class LogSafePath {

    private static final Pattern NINO_LIKE = Pattern.compile("(?i)^[A-Z]{2}\\d{6}[A-Z]?$");
    private static final Pattern QUERY_VALUE = Pattern.compile("=[^&]*");

    private LogSafePath() {}

    public static String of(String url) {
        String path;
        String query;
        try {
            URI uri = URI.create(url);
            path = uri.getRawPath();
            query = uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "(unparseable url)";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path == null ? new String[0] : path.split("/")) {
            if (!segment.isEmpty()) {
                out.append('/').append(NINO_LIKE.matcher(segment).matches() ? "{nino}" : segment);
            }
        }
        if (out.isEmpty()) {
            out.append('/');
        }
        if (query != null && !query.isEmpty()) {
            out.append('?').append(QUERY_VALUE.matcher(query).replaceAll("=*"));
        }
        return out.toString();
    }
}
