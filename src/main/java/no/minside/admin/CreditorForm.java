package no.minside.admin;

import no.minside.common.MoneyInput;
import no.minside.common.Violations;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorPolicyChange;
import no.minside.fees.AllocationOrder;
import no.minside.plans.evaluation.MonthsBand;
import no.minside.plans.evaluation.PlanPolicy;
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

    /** The agency's own plan policy: what a creditor without overrides gets (DOMAIN.md, "Payment plans"). */
    static final PlanPolicy AGENCY_POLICY = PlanPolicy.defaults("agency");

    static final int MAX_MONTHS = 120;

    /** The fields in the order the page shows them. */
    static final List<String> FIELDS = List.of("allocationOrder", "minInstalment", "autoApproveMax", "months-0",
            "months-1", "months-2", "months-3", "months-4", "contactName", "contactEmail", "contactPhone");

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

    /** What was typed, at another version of the row: the form shown again after the creditor changed under it. */
    CreditorForm atVersion(long seen) {
        return new CreditorForm(Long.toString(seen), allocationOrder, vatRegistered, surchargeWaived, minInstalment,
                autoApproveMax, months0, months1, months2, months3, months4, contactName, contactEmail, contactPhone);
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
        List<Integer> planMonths = planMonths(months, found);
        long seen = version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
        return new CreditorPolicyChange(seen, order, isVatRegistered(), isSurchargeWaived(),
                amount("minInstalment", minInstalment, found), amount("autoApproveMax", autoApproveMax, found),
                planMonths,
                contactName, contactEmail, contactPhone);
    }

    /**
     * The months per band as the creditor will have them: empty when every band keeps the agency's months. Each
     * typed number is 1 to 120, and a larger amount never gets fewer months than a smaller one.
     */
    private static List<Integer> planMonths(List<Integer> typed, Violations found) {
        List<MonthsBand> bands = AGENCY_POLICY.maximumMonths();
        List<Integer> months = new ArrayList<>();
        boolean own = false;
        Integer previous = null;
        for (int i = 0; i < bands.size(); i++) {
            String field = "months-" + i;
            Integer m = i < typed.size() ? typed.get(i) : null;
            int effective = m == null ? bands.get(i).months() : m;
            if (m != null && (m < 1 || m > MAX_MONTHS)) {
                found.add(field, "months_range");
            } else if (previous != null && effective < previous && !found.has(field)) {
                found.add(field, "months_order");
            }
            previous = effective;
            months.add(effective);
            own |= effective != bands.get(i).months();
        }
        return own ? months : List.of();
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
