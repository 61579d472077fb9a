package no.minside.rates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The statutory late-interest rate (percent a year) for one half-year period. */
@Entity
@Table(name = "late_interest_rate")
public class LateInterestRateRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public BigDecimal rate;
    public boolean provisional;
    /** Where the figure was found: a research note for admins, never shown to debtors. */
    public String source;

    /** The official source (Lovdata, Finanstilsynet, Norges Bank) debtors see, or null when there is none yet. */
    @Column(name = "official_source")
    public String officialSource;
}
