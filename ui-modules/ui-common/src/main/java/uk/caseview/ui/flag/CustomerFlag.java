package uk.caseview.ui.flag;

import uk.caseview.sdk.view.Source;
import uk.caseview.ui.theme.Tone;

/**
 * What a caseworker must notice before saying anything on a call. Each flag belongs to the
 * source that raises it, which is the panel that can show its detail.
 */
public enum CustomerFlag {
    /** Staff safety: first, before anything is said or a visit is booked. */
    CAUTION("Caution", Source.CITIZEN, Tone.DANGER),
    DECEASED("Deceased", Source.CITIZEN, Tone.DANGER),
    RESTRICTED_RECORD("Restricted record", Source.CITIZEN, Tone.DANGER),
    VULNERABLE("Vulnerable", Source.CITIZEN, Tone.WARNING),
    APPOINTEE_ACTING("Appointee acting", Source.CITIZEN, Tone.INFO),
    EARNINGS_ALERT("Earnings alert", Source.EARNINGS, Tone.WARNING),
    DEBT_IN_ARREARS("Debt in arrears", Source.DEBT, Tone.DANGER),
    EVIDENCE_OVERDUE("Evidence overdue", Source.EVIDENCE, Tone.WARNING);

    private final String label;
    private final Source source;
    private final Tone tone;

    CustomerFlag(String label, Source source, Tone tone) {
        this.label = label;
        this.source = source;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Source source() {
        return source;
    }

    public Tone tone() {
        return tone;
    }
}
