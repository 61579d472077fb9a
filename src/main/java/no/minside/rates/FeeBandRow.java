package no.minside.rates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One salær band: the lett salær multiple of the inkassosats for principals up to {@code principalUpTo}. */
@Entity
@Table(name = "fee_band")
public class FeeBandRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Inclusive upper limit; null for the open top band. */
    @Column(name = "principal_up_to")
    public BigDecimal principalUpTo;

    @Column(name = "light_multiple")
    public BigDecimal lightMultiple;
}
