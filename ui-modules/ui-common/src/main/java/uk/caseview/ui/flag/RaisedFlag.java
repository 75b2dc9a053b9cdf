package uk.caseview.ui.flag;

/** One flag raised for one customer, with a short detail ("2 items past due"). */
public record RaisedFlag(CustomerFlag flag, String detail) {}
