package no.minside.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A staff member's authenticator: the TOTP secret, sealed, and the newest time step a code was accepted for. */
@Entity
@Table(name = "staff_second_factor")
public class SecondFactor {

    @Id
    @Column(name = "staff_id")
    public Long staffId;

    @Column(name = "secret_sealed")
    public String secretSealed;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "last_step")
    public long lastStep;
}
