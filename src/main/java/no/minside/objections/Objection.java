package no.minside.objections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A debtor's objection to a case or some of its claims, and support's answer. */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    public String reference;

    @Enumerated(EnumType.STRING)
    public ObjectionReason reason;

    public String text;

    @Column(name = "whole_case")
    public boolean wholeCase;

    @Enumerated(EnumType.STRING)
    public ObjectionStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "paused_on")
    public LocalDate pausedOn;

    @Column(name = "answer_due_on")
    public LocalDate answerDueOn;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submission_token")
    public String submissionToken;

    /** Two support members deciding at once: the second is told it was already decided. */
    @Version
    public long version;
}
