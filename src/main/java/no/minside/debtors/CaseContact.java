package no.minside.debtors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Contact details for one case's notices, as a PIN login may set them: a PIN proves only that someone holds that
 * case's letter, so it may not change what the person's other cases use (the {@link Debtor}'s own details).
 */
@Entity
@Table(name = "case_contact")
public class CaseContact {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    public String email;
    public String phone;

    @Column(name = "notify_by_email")
    public boolean notifyByEmail;

    @Column(name = "notify_by_sms")
    public boolean notifyBySms;

    public String language;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
