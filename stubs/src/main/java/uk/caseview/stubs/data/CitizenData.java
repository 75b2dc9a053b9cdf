package uk.caseview.stubs.data;

import java.util.List;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceItem;

/**
 * Everything the five APIs know about one citizen. Personas hold it ready-made; generated citizens
 * compute each part only when asked, so a GET of personal details never builds a pay history.
 */
public interface CitizenData {

    Citizen citizen();

    /** Every employment with its full pay history; the earnings API cuts the window. */
    List<Employment> employments();

    /** Every alert ever raised; the earnings API keeps those raised inside the window. */
    List<EarningsAlert> alerts();

    List<Award> awards();

    List<Debt> debts();

    /** The ledger of one of this citizen's debts, oldest first; null if the debt is not theirs. */
    List<DebtTransaction> ledger(String debtId);

    List<EvidenceItem> evidence();

    /** Newest first. */
    List<ContactNote> notes();
}
