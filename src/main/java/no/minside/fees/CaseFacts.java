package no.minside.fees;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the balance of one case depends on, as plain values.
 *
 * <p>{@code paymentDemandSentOn} is null until the payment demand is sent; {@code paymentDemandDeadline} is null for
 * the normal 14 days and set when the deadline was moved (for instance a new 14 days after a rejected objection).
 * {@code pausedSince} is set while an objection is open or a payment plan is active: no stage moves and no new cost
 * from that day. {@code movedNoticeDeadline} is null for the notice's normal 14 days and set when a pause moved it
 * (a rejected objection gives a new 14 days from the decision).
 */
public record CaseFacts(DebtorKind debtorKind, CreditorPolicy policy, LocalDate collectionNoticeSentOn,
        LocalDate paymentDemandSentOn, LocalDate paymentDemandDeadline, LocalDate pausedSince,
        List<ClaimFacts> claims, List<PaymentFacts> payments, List<RecordedFee> recordedFees,
        LocalDate movedNoticeDeadline) {

    /** A case whose notice deadline is the normal 14 days. */
    public CaseFacts(DebtorKind debtorKind, CreditorPolicy policy, LocalDate collectionNoticeSentOn,
                     LocalDate paymentDemandSentOn, LocalDate paymentDemandDeadline, LocalDate pausedSince,
                     List<ClaimFacts> claims, List<PaymentFacts> payments, List<RecordedFee> recordedFees) {
        this(debtorKind, policy, collectionNoticeSentOn, paymentDemandSentOn, paymentDemandDeadline, pausedSince,
                claims, payments, recordedFees, null);
    }

    /** Days to pay after the collection notice and after the payment demand (inkassoloven §§ 9, 10). */
    public static final int NOTICE_DAYS = 14;

    public CaseFacts {
        Objects.requireNonNull(debtorKind, "debtorKind");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(collectionNoticeSentOn, "collectionNoticeSentOn");
        claims = claims == null ? List.of() : List.copyOf(claims);
        payments = payments == null ? List.of() : List.copyOf(payments);
        recordedFees = recordedFees == null ? List.of() : List.copyOf(recordedFees);

        if (paymentDemandSentOn != null && paymentDemandSentOn.isBefore(collectionNoticeSentOn)) {
            throw new IllegalArgumentException("payment demand sent " + paymentDemandSentOn
                    + " before the collection notice " + collectionNoticeSentOn);
        }
        if (movedNoticeDeadline != null && movedNoticeDeadline.isBefore(collectionNoticeSentOn.plusDays(NOTICE_DAYS))) {
            throw new IllegalArgumentException("the notice deadline " + movedNoticeDeadline
                    + " is before the notice's own 14 days");
        }
        // A deadline before the demand it belongs to would make fees fall due before the debtor was told of them.
        LocalDate earliestDeadline = paymentDemandSentOn != null
                ? paymentDemandSentOn
                : (movedNoticeDeadline != null ? movedNoticeDeadline : collectionNoticeSentOn.plusDays(NOTICE_DAYS))
                        .plusDays(1);
        if (paymentDemandDeadline != null && paymentDemandDeadline.isBefore(earliestDeadline)) {
            throw new IllegalArgumentException("payment demand deadline " + paymentDemandDeadline
                    + " is before " + earliestDeadline);
        }

        Set<Long> claimIds = new HashSet<>();
        for (ClaimFacts claim : claims) {
            if (!claimIds.add(claim.id())) {
                throw new IllegalArgumentException("claim " + claim.id() + " appears twice");
            }
        }
        Set<Long> paymentIds = new HashSet<>();
        for (PaymentFacts payment : payments) {
            if (!paymentIds.add(payment.id())) {
                throw new IllegalArgumentException("payment " + payment.id() + " appears twice");
            }
        }
        for (RecordedFee fee : recordedFees) {
            if (fee.claimId() != null && !claimIds.contains(fee.claimId())) {
                throw new IllegalArgumentException(fee.type() + " recorded for unknown claim " + fee.claimId());
            }
        }
    }

    /** The last day to pay after the collection notice: 14 days, or later when a pause moved it. */
    public LocalDate collectionNoticeDeadline() {
        return movedNoticeDeadline != null ? movedNoticeDeadline : collectionNoticeSentOn.plusDays(NOTICE_DAYS);
    }

    /** Whether the case is paused on the date: no stage moves and no new cost from {@code pausedSince} on. */
    public boolean isPausedOn(LocalDate date) {
        return pausedSince != null && !pausedSince.isAfter(date);
    }
}
