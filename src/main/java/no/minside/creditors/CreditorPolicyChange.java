package no.minside.creditors;

import no.minside.fees.AllocationOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An admin's change of a creditor's policy, parsed and checked against the plan policy's bands. Null numbers mean
 * the agency default; {@code maxMonths} has one entry per band of the agency's plan policy, or none when every band
 * keeps the agency's months. {@code version} is the
 * row's version the admin saw: a change made from an older one is refused.
 */
public record CreditorPolicyChange(long version, AllocationOrder allocationOrder, boolean vatRegistered,
                                   boolean surchargeWaived, BigDecimal minInstalment, BigDecimal autoApproveMax,
                                   List<Integer> maxMonths, String contactName, String contactEmail,
                                   String contactPhone) {

    public CreditorPolicyChange {
        maxMonths = maxMonths == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(maxMonths));
        contactName = blankToNull(contactName);
        contactEmail = blankToNull(contactEmail);
        contactPhone = blankToNull(contactPhone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
