package no.minside.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost charged on a case, as recorded when it was incurred; the balance engine decides what is owed today. */
@Entity
@Table(name = "cost_line")
public class CostLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    /** Null for a case-level cost such as the collection-notice fee. */
    @Column(name = "claim_id")
    public Long claimId;

    @Enumerated(EnumType.STRING)
    public CostLineType type;

    public BigDecimal amount;

    @Column(name = "vat_amount")
    public BigDecimal vatAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "incurred_on")
    public LocalDate incurredOn;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "sats_used")
    public BigDecimal satsUsed;
}
