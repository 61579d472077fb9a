package no.minside.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}
