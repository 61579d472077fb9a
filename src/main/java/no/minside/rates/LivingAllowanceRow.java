package no.minside.rates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A monthly living allowance (livsoppholdssats) for one household member category, from {@code validFrom}. */
@Entity
@Table(name = "living_allowance")
public class LivingAllowanceRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    public String category;
    public BigDecimal amount;
    public boolean provisional;
    public String source;
}
