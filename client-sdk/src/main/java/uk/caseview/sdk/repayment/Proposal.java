package uk.caseview.sdk.repayment;

import uk.caseview.sdk.model.Frequency;

/** The instalment the builder offers first, with the working a caseworker can read back to the customer. */
public record Proposal(long instalmentPence, Frequency frequency, String basis) {}
