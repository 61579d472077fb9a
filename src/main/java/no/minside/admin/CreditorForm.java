package no.minside.admin;

import no.minside.common.MoneyInput;
import no.minside.common.Violations;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorPolicyChange;
import no.minside.fees.AllocationOrder;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A creditor's policy form as posted, every field as typed: the row {@code version} the admin saw, the allocation
 * order, the flags, the plan policy overrides ({@code months-0} … {@code months-4} per band of the agency policy;
 * empty means the agency default) and the contact.
 */
public record CreditorForm(
        @RestForm String version,
        @RestForm String allocationOrder,
        @RestForm String vatRegistered,
        @RestForm String surchargeWaived,
        @RestForm String minInstalment,
        @RestForm String autoApproveMax,
        @RestForm("months-0") String months0,
        @RestForm("months-1") String months1,
        @RestForm("months-2") String months2,
        @RestForm("months-3") String months3,
        @RestForm("months-4") String months4,
        @RestForm String contactName,
        @RestForm String contactEmail,
        @RestForm String contactPhone) {

    /** The form filled with what is stored, the way an admin would type it. */
    static CreditorForm of(Creditor c) {
        String[] months = new String[5];
        if (c.planMaxMonths != null) {
            for (int i = 0; i < months.length && i < c.planMaxMonths.length; i++) {
                months[i] = String.valueOf(c.planMaxMonths[i]);
            }
        }
        return new CreditorForm(String.valueOf(c.version), c.effectiveAllocationOrder().name(),
                String.valueOf(c.vatRegistered), String.valueOf(c.planSurchargeWaived), typed(c.planMinInstalment),
                typed(c.planAutoApproveMax), months[0], months[1], months[2], months[3], months[4], c.contactName,
                c.contactEmail, c.contactPhone);
    }

    public boolean isVatRegistered() {
        return "true".equals(vatRegistered);
    }

    public boolean isSurchargeWaived() {
        return "true".equals(surchargeWaived);
    }

    /** The months typed for band {@code i}, for showing the form again. */
    public String months(int i) {
        return monthsTyped().get(i);
    }

    private List<String> monthsTyped() {
        return Arrays.asList(months0, months1, months2, months3, months4);
    }

    /** The change as the service takes it; what is typed but does not parse is named in {@code found}. */
    CreditorPolicyChange change(Violations found) {
        AllocationOrder order = Arrays.stream(AllocationOrder.values()).filter(o -> o.name().equals(allocationOrder))
                .findFirst().orElse(null);
        List<Integer> months = new ArrayList<>();
        List<String> typed = monthsTyped();
        for (int i = 0; i < typed.size(); i++) {
            String t = typed.get(i) == null ? "" : typed.get(i).strip();
            if (t.isEmpty()) {
                months.add(null);
            } else if (t.matches("[0-9]{1,4}")) {
                months.add(Integer.valueOf(t));
            } else {
                found.add("months-" + i, "months_invalid");
                months.add(null);
            }
        }
        long seen = version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
        return new CreditorPolicyChange(seen, order, isVatRegistered(), isSurchargeWaived(),
                amount("minInstalment", minInstalment, found), amount("autoApproveMax", autoApproveMax, found), months,
                contactName, contactEmail, contactPhone);
    }

    private static BigDecimal amount(String field, String typed, Violations found) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return MoneyInput.parse(typed).orElseGet(() -> {
            found.add(field, "amount_invalid");
            return null;
        });
    }

    private static String typed(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
