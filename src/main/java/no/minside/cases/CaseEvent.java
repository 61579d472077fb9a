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
import java.time.Instant;
import java.time.LocalDate;

/** One entry in a case's timeline: letters sent, fees added, payments, objections, plans. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public CaseEventType type;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public BigDecimal amount;
    public String detail;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static CaseEvent of(long caseId, CaseEventType type, LocalDate on, BigDecimal amount, String detail) {
        CaseEvent event = new CaseEvent();
        event.caseId = caseId;
        event.type = type;
        event.occurredOn = on;
        event.amount = amount;
        event.detail = detail;
        return event;
    }
}
