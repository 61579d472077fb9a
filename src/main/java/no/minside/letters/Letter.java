package no.minside.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A letter to a debtor: what it says (JSON, for the print service to lay out) and, until it is printed, the PIN it
 * carries, sealed. Once printed the PIN is gone for good.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "case_number")
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    public LetterKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "pin_sealed")
    public String pinSealed;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "printed_at")
    public Instant printedAt;
}
