package uk.caseview.sdk.view;

import uk.caseview.sdk.cache.CacheKey;
import uk.caseview.sdk.client.CaseviewApis;

/** Asks one API for one person's part of the view. Blocking; called on a virtual thread. */
final class SourceFetcher {

    private final CaseviewApis apis;

    SourceFetcher(CaseviewApis apis) {
        this.apis = apis;
    }

    Object fetch(CacheKey key) {
        String n = key.nino().value();
        return switch (key.source()) {
            case CITIZEN -> apis.citizen().getCitizen(n);
            case EARNINGS -> apis.earnings().getEarnings(n, key.window().from().toString(), key.window().to().toString());
            case AWARD -> apis.award().getAwards(n);
            case DEBT -> apis.debt().getDebts(n);
            case EVIDENCE -> apis.evidence().listEvidence(n);
        };
    }
}
