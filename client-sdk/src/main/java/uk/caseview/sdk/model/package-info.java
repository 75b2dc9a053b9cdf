/**
 * The API contract's types as Java records, one sub-package per service.
 *
 * <p>These mirror {@code caseview-api.yaml} (the OpenAPI document beside them in resources),
 * which stays the source of truth; {@code ContractConformanceTest} checks that every property
 * the document names has a record component of the same name. Money is always integer pence.
 */
package uk.caseview.sdk.model;
