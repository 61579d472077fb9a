package no.minside.creditors;

import no.minside.fees.AllocationOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A company that hired the agency; authenticates to the intake API with its own key. */
@Entity
@Table(name = "creditor")
public class Creditor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "organisation_number")
    public String organisationNumber;

    @Column(name = "vat_registered")
    public boolean vatRegistered;

    @Column(name = "api_key_hash")
    public String apiKeyHash;

    /** Null means the agency default (costs → interest → principal). */
    @Enumerated(EnumType.STRING)
    @Column(name = "allocation_order")
    public AllocationOrder allocationOrder;

    @Column(name = "plan_surcharge_waived")
    public boolean planSurchargeWaived;

    @Column(name = "plan_min_instalment")
    public BigDecimal planMinInstalment;

    @Column(name = "plan_auto_approve_max")
    public BigDecimal planAutoApproveMax;

    public AllocationOrder effectiveAllocationOrder() {
        return allocationOrder == null ? AllocationOrder.COSTS_INTEREST_PRINCIPAL : allocationOrder;
    }
}
