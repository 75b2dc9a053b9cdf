package uk.caseview.ui.earnings;

import uk.caseview.sdk.model.earnings.PayPeriod;

/** One RTI submission line with the employer it came from, for the table. */
record PayRow(String employerName, String payeReference, PayPeriod period) {}
