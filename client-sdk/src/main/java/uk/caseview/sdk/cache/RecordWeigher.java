package uk.caseview.sdk.cache;

import com.github.benmanes.caffeine.cache.Weigher;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceList;

/**
 * Weighs a cached answer by the number of rows it holds, a fair proxy for its memory: a
 * claimant with ten years of weekly RTI periods costs far more than one with a single award.
 */
final class RecordWeigher implements Weigher<CacheKey, Fetched<?>> {

    @Override
    public int weigh(CacheKey key, Fetched<?> fetched) {
        Object value = fetched.value();
        long rows = switch (value) {
            case Citizen c -> 1 + c.pastAddresses().size() + c.relationships().size();
            case Earnings e -> 1 + e.alerts().size()
                    + e.employments().stream().mapToLong(emp -> 1 + emp.periods().size()).sum();
            case Awards a -> 1 + a.awards().stream()
                    .mapToLong(aw -> 1 + aw.deductions().size() + aw.recentPayments().size()).sum();
            case Debts d -> 1 + d.debts().size();
            case EvidenceList l -> 1 + l.items().size();
            default -> 1;
        };
        return (int) Math.min(Integer.MAX_VALUE, rows);
    }
}
