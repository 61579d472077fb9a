package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;
import no.minside.fees.BalanceEngine;
import no.minside.fees.RateTables;
import no.minside.rates.RateTablesProvider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one way to the balance of a case or of many: their records, their pauses, the rate tables and today, for the
 * balance engine. A fixed number of queries however many cases (one per table and one per pause source; the rate
 * tables are kept for a minute). Used by the debtor's pages, the creditor API and the stage job.
 */
@ApplicationScoped
public class CaseBalances {

    /** How much of each case to load: the balance alone, or the timeline too for the pages that show it. */
    public enum Detail { BALANCE, TIMELINE }

    private final CaseRecordsLoader loader;
    private final PauseLookup pauses;
    private final RateTablesProvider rates;
    private final TimeSource time;

    CaseBalances(CaseRecordsLoader loader, PauseLookup pauses, RateTablesProvider rates, TimeSource time) {
        this.loader = loader;
        this.pauses = pauses;
        this.rates = rates;
        this.time = time;
    }

    /** The cases' balances today, in the order given. */
    @Transactional
    public List<CaseBalance> of(List<CollectionCase> cases, Detail detail) {
        if (cases.isEmpty()) {
            return List.of();
        }
        RateTables tables = rates.current();
        BalanceEngine engine = new BalanceEngine(time.clock());
        LocalDate today = engine.today();
        Map<Long, CasePause> paused = pauses.pauses(cases.stream().map(c -> c.id).toList());
        return loader.load(cases, detail == Detail.TIMELINE).stream()
                .map(records -> new CaseBalance(records, paused.get(records.collectionCase().id), tables, engine,
                        today))
                .toList();
    }

    /**
     * The balance of a case opened in this transaction, from the rows just written: no payment, cost, pause or plan
     * can belong to it yet, so nothing is read back (seven statements less per intake).
     */
    CaseBalance ofNew(CaseRecords written) {
        BalanceEngine engine = new BalanceEngine(time.clock());
        return new CaseBalance(written, null, rates.current(), engine, engine.today());
    }

    @Transactional
    public CaseBalance of(CollectionCase c, Detail detail) {
        return of(List.of(c), detail).get(0);
    }
}
