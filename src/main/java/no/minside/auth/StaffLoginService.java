package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.minside.audit.AuditLog;
import no.minside.common.InvalidFormException;
import no.minside.common.TimeSource;
import no.minside.common.Validation;
import no.minside.common.Violation;
import no.minside.staff.NewPasswordForm;
import no.minside.staff.PasswordPolicy;
import no.minside.staff.StaffDirectory;
import no.minside.staff.StaffMember;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Staff log in in steps, each under the same lockout as the debtors' PIN (LoginGuard): the password, then the code
 * from the authenticator app or a recovery code. An account without an authenticator sets one up instead (scan,
 * confirm with a code, take the recovery codes), and an account whose password an admin issued chooses its own before
 * the session opens. Between the steps the login waits in a StaffLoginStep that opens no staff page.
 */
@ApplicationScoped
public class StaffLoginService {

    private final StaffDirectory staff;
    private final LoginGuard guard;
    private final SessionService sessions;
    private final Validator validator;
    private final StaffLoginSteps steps;
    private final TwoFactorService twoFactor;
    private final TwoFactorConfig config;
    private final TimeSource time;
    private final AuditLog audit;

    StaffLoginService(StaffDirectory staff, LoginGuard guard, SessionService sessions, Validator validator,
                      StaffLoginSteps steps, TwoFactorService twoFactor, TwoFactorConfig config, TimeSource time,
                      AuditLog audit) {
        this.staff = staff;
        this.guard = guard;
        this.sessions = sessions;
        this.validator = validator;
        this.steps = steps;
        this.twoFactor = twoFactor;
        this.config = config;
        this.time = time;
        this.audit = audit;
    }

    /**
     * The first step: username and password. When they are right the login waits for the code (or, for an account
     * with no authenticator yet, for one to be set up); no session opens yet.
     *
     * @throws InvalidFormException when a field is empty; nothing is counted then
     */
    @Transactional
    public StaffLoginResult password(StaffLoginForm form, String client, String deviceToken) {
        Validation.check(validator, form);
        String typed = form.username().trim().toLowerCase(Locale.ROOT);
        // Only what could be a username reaches the database; anything else is an unknown user.
        String name = typed.matches("[a-z0-9._-]{1,64}") ? typed : "not-a-username";
        Optional<StaffDirectory.Credentials> account = staff.credentials(name);
        LoginGuard.Outcome outcome = guard.firstFactor(new LoginGuard.Attempt(StaffLoginControl.loginKey(name),
                // Checked in the normal form it was stored in (PasswordPolicy): the same password from any keyboard.
                client, deviceToken, PasswordPolicy.normalise(form.password()),
                account.map(StaffDirectory.Credentials::passwordHash).orElse(null), AuditLog.Actor.STAFF,
                account.map(a -> a.member().id()).orElse(null)));
        if (outcome.kind() != LoginGuard.Outcome.Kind.LOGIN_OK) {
            return new StaffLoginResult.Refused(LoginResult.of(outcome, ignored -> null));
        }
        long id = account.get().member().id();
        if (twoFactor.enrolled(id)) {
            return new StaffLoginResult.Next(steps.start(id, StaffLoginStep.Stage.CODE, null), null);
        }
        String secret = TwoFactorService.newSecret();
        return new StaffLoginResult.Next(steps.start(id, StaffLoginStep.Stage.ENROL,
                twoFactor.sealForStep(secret, id)), null);
    }

    /** The stage the login behind this step token is at, with what its page shows; empty when there is none. */
    @Transactional
    public Optional<StaffLoginStepView> current(String stepToken) {
        return live(stepToken).map(live -> {
            StaffLoginStep step = live.step();
            StaffDirectory.Credentials account = live.account();
            StaffMember member = account.member();
            String secret = null;
            String uri = null;
            List<String> codes = List.of();
            if (step.stage == StaffLoginStep.Stage.ENROL) {
                secret = twoFactor.openForStep(step.sealed, member.id());
                uri = otpauthUri(member.username(), secret);
            } else if (step.stage == StaffLoginStep.Stage.RECOVERY) {
                codes = Arrays.asList(twoFactor.openForStep(step.sealed, member.id()).split(" "));
            }
            return new StaffLoginStepView(step.stage, member.username(), member.displayName(), secret, uri, codes,
                    account.mustChangePassword());
        });
    }

    /**
     * The second step: a code from the authenticator app or a recovery code. A wrong one counts towards the lockout
     * as a wrong password does; the right one lifts the login's failures and remembers the browser.
     *
     * @throws InvalidFormException when the code is empty or has the form of neither kind of code; nothing is counted
     */
    @Transactional
    public StaffLoginResult code(String stepToken, String typed, String client, String deviceToken) {
        Optional<Live> found = live(stepToken);
        if (found.isEmpty()) {
            return new StaffLoginResult.Expired();
        }
        Live live = found.get();
        if (live.step().stage != StaffLoginStep.Stage.CODE) {
            return new StaffLoginResult.Next(stepToken, null);
        }
        String code = checkedCode(typed, true);
        StaffMember member = live.account().member();
        LoginGuard.Outcome outcome = guard.secondFactor(StaffLoginControl.loginKey(member.username()), client,
                deviceToken, member.id(), () -> twoFactor.verify(member, code));
        if (outcome.kind() != LoginGuard.Outcome.Kind.LOGIN_OK) {
            return new StaffLoginResult.Refused(LoginResult.of(outcome, ignored -> null));
        }
        return afterSecondFactor(live, stepToken, outcome.deviceToken());
    }

    /**
     * Confirms a new authenticator with a code from it, under the same lockout as a login code. Sets it up, with new
     * recovery codes for the next page to show once.
     *
     * @throws InvalidFormException when the code is empty or not six digits; nothing is counted then
     */
    @Transactional
    public StaffLoginResult enrol(String stepToken, String typed, String client, String deviceToken) {
        Optional<Live> found = live(stepToken);
        if (found.isEmpty()) {
            return new StaffLoginResult.Expired();
        }
        Live live = found.get();
        if (live.step().stage != StaffLoginStep.Stage.ENROL) {
            return new StaffLoginResult.Next(stepToken, null);
        }
        String code = checkedCode(typed, false);
        StaffMember member = live.account().member();
        String secret = twoFactor.openForStep(live.step().sealed, member.id());
        OptionalLong[] used = {OptionalLong.empty()};
        LoginGuard.Outcome outcome = guard.secondFactor(StaffLoginControl.loginKey(member.username()), client,
                deviceToken, member.id(), () -> {
                    used[0] = Totp.match(Base32.decode(secret), code, time.now(), Long.MIN_VALUE);
                    return used[0].isPresent();
                });
        if (outcome.kind() != LoginGuard.Outcome.Kind.LOGIN_OK) {
            return new StaffLoginResult.Refused(LoginResult.of(outcome, ignored -> null));
        }
        List<String> codes = twoFactor.enrol(member, secret, used[0].getAsLong());
        steps.advance(live.step(), StaffLoginStep.Stage.RECOVERY,
                twoFactor.sealForStep(String.join(" ", codes), member.id()));
        return new StaffLoginResult.Next(stepToken, outcome.deviceToken());
    }

    /** The person has taken the recovery codes: on to their own password, or logged in. */
    @Transactional
    public StaffLoginResult recoveryCodesSaved(String stepToken) {
        Optional<Live> found = live(stepToken);
        if (found.isEmpty()) {
            return new StaffLoginResult.Expired();
        }
        Live live = found.get();
        if (live.step().stage != StaffLoginStep.Stage.RECOVERY) {
            return new StaffLoginResult.Next(stepToken, null);
        }
        return afterSecondFactor(live, stepToken, null);
    }

    /**
     * The staff member's own password in place of the one an admin issued; then the session opens.
     *
     * @throws InvalidFormException when the password breaks a rule or the two differ; nothing is saved then
     */
    @Transactional
    public StaffLoginResult newPassword(String stepToken, NewPasswordForm form) {
        Optional<Live> found = live(stepToken);
        if (found.isEmpty()) {
            return new StaffLoginResult.Expired();
        }
        Live live = found.get();
        if (live.step().stage != StaffLoginStep.Stage.PASSWORD) {
            return new StaffLoginResult.Next(stepToken, null);
        }
        staff.changeOwnPassword(live.account().member().id(), form);
        return done(live, null);
    }

    /** Gives up the login halfway: the next visit to the login page starts with the password. */
    @Transactional
    public void cancel(String stepToken) {
        steps.find(stepToken).ifPresent(steps::end);
    }

    private StaffLoginResult afterSecondFactor(Live live, String stepToken, String deviceToken) {
        if (live.account().mustChangePassword()) {
            steps.advance(live.step(), StaffLoginStep.Stage.PASSWORD, null);
            return new StaffLoginResult.Next(stepToken, deviceToken);
        }
        return done(live, deviceToken);
    }

    private StaffLoginResult done(Live live, String deviceToken) {
        steps.end(live.step());
        long id = live.account().member().id();
        audit.record(AuditLog.Actor.STAFF, id, "STAFF_SESSION_STARTED", StaffLoginControl.loginKey(
                live.account().member().username()), null);
        return new StaffLoginResult.Done(sessions.startStaffSession(id), deviceToken);
    }

    /** A code as typed, checked for its form: six digits, or (where it may be one) a recovery code. */
    private static String checkedCode(String typed, boolean recoveryAllowed) {
        String code = TwoFactorService.normalise(typed);
        if (code.isEmpty()) {
            throw new InvalidFormException(List.of(Violation.of("code", "code_required")));
        }
        if (!TwoFactorService.isAppCode(code) && !(recoveryAllowed && TwoFactorService.isRecoveryCode(code))) {
            throw new InvalidFormException(List.of(Violation.of("code",
                    recoveryAllowed ? "code_format" : "code_format_app")));
        }
        return code;
    }

    /** The step and its account, if the step is live and the account still active. */
    private Optional<Live> live(String stepToken) {
        return steps.find(stepToken).flatMap(step -> staff.credentials(step.staffId).map(a -> new Live(step, a)));
    }

    private record Live(StaffLoginStep step, StaffDirectory.Credentials account) {
    }

    /** Key URI Format (as Google Authenticator defined it, and every app reads): issuer, account, secret. */
    String otpauthUri(String username, String secret) {
        String issuer = encode(config.issuer());
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
