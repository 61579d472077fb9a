package no.minside.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One collection case: one debtor, one creditor, one or more claims. Associations are kept as ids; read models
 * are loaded by explicit queries in the repositories so that a page costs a fixed number of queries.
 */
@Entity
@Table(name = "collection_case")
// The lists' queries (CaseRepository), parsed once at start: every overview runs one of them.
@NamedQuery(name = CollectionCase.HEADS_OF_DEBTOR, query = "select new no.minside.cases.CaseHead(c, cr.name, cr.version)"
        + " from CollectionCase c, Creditor cr where cr.id = c.creditorId and c.debtorId = :debtor"
        + " order by c.collectionNoticeSentOn desc, c.id desc")
@NamedQuery(name = CollectionCase.HEAD_OF_CASE, query = "select new no.minside.cases.CaseHead(c, cr.name, cr.version)"
        + " from CollectionCase c, Creditor cr where cr.id = c.creditorId and c.debtorId = :debtor and c.id = :case")
@NamedQuery(name = CollectionCase.HEAD_BY_NUMBER, query = "select new no.minside.cases.CaseHead(c, cr.name, cr.version)"
        + " from CollectionCase c, Creditor cr where cr.id = c.creditorId and c.caseNumber = :caseNumber")
// The same cases' versions only, for a page whose views are kept: no case is loaded.
@NamedQuery(name = CollectionCase.VERSIONS_OF_DEBTOR, query = "select new no.minside.cases.CaseVersion(c.id,"
        + " c.debtorId, c.contentVersion, cr.version) from CollectionCase c, Creditor cr"
        + " where cr.id = c.creditorId and c.debtorId = :debtor order by c.collectionNoticeSentOn desc, c.id desc")
@NamedQuery(name = CollectionCase.VERSION_OF_CASE, query = "select new no.minside.cases.CaseVersion(c.id,"
        + " c.debtorId, c.contentVersion, cr.version) from CollectionCase c, Creditor cr"
        + " where cr.id = c.creditorId and c.debtorId = :debtor and c.id = :case")
@NamedQuery(name = CollectionCase.VERSION_BY_NUMBER, query = "select new no.minside.cases.CaseVersion(c.id,"
        + " c.debtorId, c.contentVersion, cr.version) from CollectionCase c, Creditor cr"
        + " where cr.id = c.creditorId and c.caseNumber = :caseNumber")
public class CollectionCase {

    static final String HEADS_OF_DEBTOR = "CollectionCase.headsOfDebtor";
    static final String HEAD_OF_CASE = "CollectionCase.headOfCase";
    static final String HEAD_BY_NUMBER = "CollectionCase.headByNumber";
    static final String VERSIONS_OF_DEBTOR = "CollectionCase.versionsOfDebtor";
    static final String VERSION_OF_CASE = "CollectionCase.versionOfCase";
    static final String VERSION_BY_NUMBER = "CollectionCase.versionByNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "creditor_id")
    public Long creditorId;

    @Column(name = "debtor_id")
    public Long debtorId;

    @Column(name = "creditor_reference")
    public String creditorReference;

    public String kid;

    @Enumerated(EnumType.STRING)
    public CaseStage stage;

    @Column(name = "collection_notice_sent_on")
    public LocalDate collectionNoticeSentOn;

    @Column(name = "collection_notice_deadline")
    public LocalDate collectionNoticeDeadline;

    @Column(name = "payment_demand_sent_on")
    public LocalDate paymentDemandSentOn;

    @Column(name = "payment_demand_deadline")
    public LocalDate paymentDemandDeadline;

    @Column(name = "legal_step_on")
    public LocalDate legalStepOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "pin_hash")
    public String pinHash;

    @Version
    public long version;

    /**
     * Moves whenever anything the case's pages show changes, the case or any row of it (V14's triggers keep it);
     * read-only here. The pages' kept views are keyed by it.
     */
    @Column(name = "content_version", insertable = false, updatable = false)
    public long contentVersion;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        return "CollectionCase[" + caseNumber + ", " + stage + "]";
    }
}
