package no.minside.fees;


/** The creditor settings that change what the debtor pays: VAT on salær and the order payments are allocated in. */
public record CreditorPolicy(boolean vatRegistered, AllocationOrder allocationOrder) {

    public CreditorPolicy {
        if (allocationOrder == null) {
            allocationOrder = AllocationOrder.COSTS_INTEREST_PRINCIPAL;
        }
    }
}
