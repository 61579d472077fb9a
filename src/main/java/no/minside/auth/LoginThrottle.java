package no.minside.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Failed logins on one case number (or staff username) in the current window, and any lock they caused. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "login_key")
    public String loginKey;

    public int failures;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;
}
