package uk.caseview.sdk.model.debt;

import java.util.List;

public record Debts(String nino, List<Debt> debts) {

    public Debts {
        debts = debts == null ? List.of() : List.copyOf(debts);
    }

    public long totalOutstandingPence() {
        return debts.stream().mapToLong(Debt::outstandingPence).sum();
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Debts[redacted, debts=" + debts.size() + "]";
    }
}
