package uk.caseview.sdk.client;

/** The five Feign clients, built once by {@code CaseviewClients} and shared. */
public record CaseviewApis(
        CitizenApi citizen, EarningsApi earnings, AwardApi award, DebtApi debt, EvidenceApi evidence) {}
