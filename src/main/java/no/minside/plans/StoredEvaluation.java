package no.minside.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.minside.plans.evaluation.Decision;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One evaluation as it was made: its inputs, its answer and the policy version (issue 9: "every evaluation"). */
@Entity
@Table(name = "plan_evaluation")
public class StoredEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id")
    public UUID publicId;

    @Column(name = "case_id")
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public EvaluationChannel channel;

    @Column(name = "actor_id")
    public Long actorId;

    /** The evaluation this one is the approved counter-offer of, or null. */
    @Column(name = "counter_offer_of")
    public Long counterOfferOf;

    @Column(name = "evaluated_on")
    public LocalDate evaluatedOn;

    @Column(name = "policy_version")
    public String policyVersion;

    /** The newest payment in the balance it was worked out from; 0 for none. */
    @Column(name = "last_payment_id")
    public long lastPaymentId;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    /** The core's request, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String inputs;

    /** The {@link EvaluationAnswer}, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @Column(name = "created_at")
    public Instant createdAt;
}
