package no.minside.objections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A question from support, or the debtor's reply to it. */
@Entity
@Table(name = "objection_message")
public class ObjectionMessage {

    /** Who wrote it. */
    public enum Kind { INFO_REQUEST, REPLY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "objection_id")
    public Long objectionId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String text;

    @Column(name = "staff_id")
    public Long staffId;

    public Instant at;
}
