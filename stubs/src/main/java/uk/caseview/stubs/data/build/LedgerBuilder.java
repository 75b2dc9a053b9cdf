package uk.caseview.stubs.data.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtTransaction.Type;

/**
 * Writes a debt's ledger line by line, keeping the running balance, so every ledger reconciles to
 * the penny by construction: the balance after the last line is the debt's outstanding amount.
 */
public final class LedgerBuilder {

    private final String debtId;
    private final List<DebtTransaction> lines = new ArrayList<>();
    private long balance;

    public LedgerBuilder(String debtId) {
        this.debtId = debtId;
    }

    public LedgerBuilder raise(LocalDate date, long amountPence, String description) {
        return line(date, Type.RAISED, amountPence, description);
    }

    /** A deduction or payment, never taking the balance below zero; returns the amount actually taken. */
    public long recover(LocalDate date, long amountPence, Type type) {
        long taken = Math.min(amountPence, balance);
        if (taken > 0) {
            line(date, type, -taken,
                    type == Type.RECOVERY_DEDUCTION ? "Deduction from benefit" : "Payment received");
        }
        return taken;
    }

    public LedgerBuilder missed(LocalDate date) {
        return line(date, Type.MISSED_PAYMENT, 0, "Instalment not received");
    }

    public LedgerBuilder adjust(LocalDate date, long signedPence, String description) {
        long amount = Math.max(signedPence, -balance);
        return line(date, Type.ADJUSTMENT, amount, description);
    }

    public LedgerBuilder writeOff(LocalDate date, String description) {
        if (balance > 0) {
            line(date, Type.WRITE_OFF, -balance, description);
        }
        return this;
    }

    public long balance() {
        return balance;
    }

    public List<DebtTransaction> transactions() {
        return List.copyOf(lines);
    }

    private LedgerBuilder line(LocalDate date, Type type, long amount, String description) {
        balance += amount;
        String id = debtId + "T" + Ids4.pad4(lines.size() + 1);
        lines.add(new DebtTransaction(id, date, type, amount, balance, description));
        return this;
    }

    /** Transaction ids: the debt id, T, and a 4-digit sequence. */
    private static final class Ids4 {
        static String pad4(int n) {
            String s = Integer.toString(n);
            return s.length() >= 4 ? s : "0".repeat(4 - s.length()) + s;
        }
    }
}
