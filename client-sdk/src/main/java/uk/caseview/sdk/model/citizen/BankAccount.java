package uk.caseview.sdk.model.citizen;

/** Where benefit is paid. Shown masked until a caseworker reveals it; never logged. */
public record BankAccount(String accountName, String sortCode, String accountNumber) {

    /** "****5678": enough to confirm with a caller without exposing the account. */
    public String maskedAccountNumber() {
        return accountNumber == null || accountNumber.length() < 4
                ? "****"
                : "****" + accountNumber.substring(accountNumber.length() - 4);
    }

    @Override
    public String toString() {
        return "BankAccount[masked]";
    }
}
