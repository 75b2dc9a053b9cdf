package uk.caseview.stubs.api;

import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.CaseData;

/** The debt API's reads: a citizen's debts and one debt's ledger. */
public final class DebtEndpoints {

    private final CaseData data;

    public DebtEndpoints(CaseData data) {
        this.data = data;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "getDebts", this::getDebts,
                "getDebtTransactions", this::getLedger);
    }

    Reply getDebts(RequestContext r) {
        return data.read(r.session(), r.path("nino"), r.target(), () ->
                Reply.json(200, new Debts(r.path("nino"), data.require(r.session(), r.path("nino")).debts())));
    }

    Reply getLedger(RequestContext r) {
        String debtId = r.path("debtId");
        CitizenData citizen = data.require(r.session(), data.ninoOfDebt(debtId));
        List<DebtTransaction> ledger = citizen.ledger(debtId);
        Debt debt = citizen.debts().stream().filter(d -> d.debtId().equals(debtId)).findFirst().orElse(null);
        if (ledger == null || debt == null) {
            throw ApiProblem.notFound("No debt has this id.");
        }
        return Reply.json(200, new DebtLedger(debtId, debt.outstandingPence(), ledger), Etags.header(debt.version()));
    }
}
