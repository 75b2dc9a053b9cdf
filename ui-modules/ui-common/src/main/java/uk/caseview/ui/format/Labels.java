package uk.caseview.ui.format;

import java.util.Locale;

/** Enum constants as a caseworker reads them: IN_ARREARS becomes "In arrears". */
public final class Labels {

    private Labels() {}

    public static String humanise(Enum<?> value) {
        if (value == null) {
            return "–";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
