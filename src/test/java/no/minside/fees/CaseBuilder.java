package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link CaseFacts} for tests: a consumer and a VAT-registered creditor with the default order unless told. */
final class CaseBuilder {

    private DebtorKind debtorKind = DebtorKind.CONSUMER;
    private boolean vatRegistered = true;
    private AllocationOrder order = AllocationOrder.COSTS_INTEREST_PRINCIPAL;
    private final LocalDate noticeSentOn;
    private LocalDate demandSentOn;
    private LocalDate demandDeadline;
    private LocalDate pausedSince;
    private final List<ClaimFacts> claims = new ArrayList<>();
    private final List<PaymentFacts> payments = new ArrayList<>();
    private final List<RecordedFee> recordedFees = new ArrayList<>();

    private CaseBuilder(LocalDate noticeSentOn) {
        this.noticeSentOn = noticeSentOn;
    }

    static CaseBuilder noticeSentOn(String date) {
        return new CaseBuilder(LocalDate.parse(date));
    }

    static LocalDate date(String date) {
        return LocalDate.parse(date);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    CaseBuilder debtor(DebtorKind kind) {
        this.debtorKind = kind;
        return this;
    }

    CaseBuilder vatRegistered(boolean registered) {
        this.vatRegistered = registered;
        return this;
    }

    CaseBuilder order(AllocationOrder allocationOrder) {
        this.order = allocationOrder;
        return this;
    }

    CaseBuilder demandSentOn(String date) {
        this.demandSentOn = date(date);
        return this;
    }

    CaseBuilder demandDeadline(String date) {
        this.demandDeadline = date(date);
        return this;
    }

    CaseBuilder pausedSince(String date) {
        this.pausedSince = date == null ? null : date(date);
        return this;
    }

    CaseBuilder claim(long id, String principal, String dueDate) {
        return claim(id, principal, dueDate, "0.00", null);
    }

    CaseBuilder claim(long id, String principal, String dueDate, String reminderFee, String cancelledOn) {
        claims.add(new ClaimFacts(id, "INV-" + id, "Invoice " + id, money(principal), date(dueDate),
                money(reminderFee), cancelledOn == null ? null : date(cancelledOn)));
        return this;
    }

    CaseBuilder payment(long id, String amount, String paidOn) {
        payments.add(new PaymentFacts(id, money(amount), date(paidOn)));
        return this;
    }

    CaseBuilder recorded(CostType type, Long claimId, String incurredOn) {
        recordedFees.add(new RecordedFee(type, claimId, date(incurredOn)));
        return this;
    }

    /** The plan surcharge recorded on the day a plan began, at the amount the debtor was told. */
    CaseBuilder surcharge(String incurredOn, String amount, String vat) {
        recordedFees.add(new RecordedFee(CostType.PLAN_SURCHARGE, null, date(incurredOn), money(amount), money(vat)));
        return this;
    }

    CaseFacts build() {
        return new CaseFacts(debtorKind, new CreditorPolicy(vatRegistered, order), noticeSentOn, demandSentOn,
                demandDeadline, pausedSince, claims, payments, recordedFees);
    }
}
