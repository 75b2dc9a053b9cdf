package uk.caseview.sdk.model.debt;

import java.util.List;

public record DebtLedger(String debtId, long outstandingPence, List<DebtTransaction> transactions) {

    public DebtLedger {
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
    }
}
