package no.minside.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A staff account: support handles objections, officers decide plans, admins keep rates and accounts (common.Roles). */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** bcrypt. */
    @Column(name = "password_hash")
    public String passwordHash;

    public String role;
    public boolean active = true;

    /** The password was issued by an admin (a new account, a reset): its holder sets their own at the next login. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    /** The issued one-time password, sealed, until the admin who issued it has seen it once. */
    @Column(name = "issued_password_sealed")
    public String issuedPasswordSealed;

    @Column(name = "issued_password_by")
    public Long issuedPasswordBy;

    @Column(name = "issued_password_until")
    public Instant issuedPasswordUntil;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** Optimistic lock: an admin's change is made from the page that showed this version, or not at all. */
    @Version
    public long version;
}
