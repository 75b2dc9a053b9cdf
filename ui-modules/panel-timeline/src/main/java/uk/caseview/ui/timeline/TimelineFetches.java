package uk.caseview.ui.timeline;

import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.ui.panel.PanelContext;

/**
 * The two reads the timeline makes beyond the customer view. Blocking: called only inside
 * {@code context.tasks()}. An interface so that panel tests can answer (or fail) without an SDK.
 */
interface TimelineFetches {

    ContactNoteList notes(Nino nino);

    DebtLedger ledger(String debtId);

    /** Through the shell's SDK clients. */
    static TimelineFetches over(PanelContext context) {
        return new TimelineFetches() {
            @Override
            public ContactNoteList notes(Nino nino) {
                return context.apis().citizen().listNotes(nino.value());
            }

            @Override
            public DebtLedger ledger(String debtId) {
                return context.apis().debt().getLedger(debtId);
            }
        };
    }
}
