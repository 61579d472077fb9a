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
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;

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

    /** Months per band of the agency's plan policy; null means the agency's own. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "plan_max_months")
    public Integer[] planMaxMonths;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** The key before the last rotation, valid until {@link #previousKeyValidUntil}. */
    @Column(name = "previous_api_key_hash")
    public String previousApiKeyHash;

    @Column(name = "previous_key_valid_until")
    public Instant previousKeyValidUntil;

    @Column(name = "key_rotated_at")
    public Instant keyRotatedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** An admin's change made from an older version of the row is refused. */
    @Version
    public long version;

    public AllocationOrder effectiveAllocationOrder() {
        return allocationOrder == null ? AllocationOrder.COSTS_INTEREST_PRINCIPAL : allocationOrder;
    }
}
