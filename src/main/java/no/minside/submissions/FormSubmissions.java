package no.minside.submissions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import no.minside.common.ApiKeys;
import no.minside.common.NotFoundException;
import no.minside.common.Visitor;

import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.function.Supplier;

/**
 * One change per form page, however often it is sent: every state-changing form carries a one-time token (the
 * hidden field {@code submission}, rendered by {@code tags/submission.html}), and the first request with it claims
 * the token in the table {@code form_submission} in the same transaction as its change. A second request with the
 * same token (a double click, a resent form, ten at once) waits on the table's primary key until the first has
 * committed, then lands where the first one did instead of making the change again; if the first one's change
 * failed, its claim went with it and the next one tries afresh. A request without a token (not sent from one of
 * our pages) is simply done.
 */
@ApplicationScoped
@Named("submission")
public class FormSubmissions {

    /** The form field every state-changing form carries. */
    public static final String FIELD = "submission";

    /** What a token looks like; compiled once, as every state-changing request is checked against it. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    /**
     * What a first submit did: the answer for it, and the path on this site a repeat of the same form lands on;
     * a null landing means nothing was done (the form was refused), so the token stays free for the next try.
     */
    public record Done<T>(T answer, String landing) {

        public static <T> Done<T> landing(T answer, String landing) {
            return new Done<>(answer, landing);
        }

        public static <T> Done<T> notDone(T answer) {
            return new Done<>(answer, null);
        }
    }

    private final FormSubmissionRepository submissions;

    FormSubmissions(FormSubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /** A new token for a form being rendered (32 random bytes, URL-safe); templates use {@code inject:submission.token}. */
    public String token() {
        return ApiKeys.newKey();
    }

    /** Whether a posted value is a token a page of ours could have rendered. */
    public static boolean isToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * Does {@code work} once for the form page that carried {@code token}: the first request runs it, in one
     * transaction with its claim of the token; a repeat gets {@code repeat} applied to the first one's landing. An
     * exception from the work rolls the claim back with everything else and goes to the caller; the change is flushed
     * before the commit, so a conflict (a version, a unique key) reaches the caller as itself. Without a token the
     * work is simply done, in one transaction all the same.
     *
     * @throws NotFoundException when the token was claimed by someone else (never from our pages)
     */
    public <T> T once(Visitor who, String token, Supplier<Done<T>> work, Function<String, T> repeat) {
        String actor = actor(who);
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!isToken(token)) {
                T answer = work.get().answer();
                submissions.flush();
                return answer;
            }
            if (!submissions.claim(token, actor)) {
                return repeat.apply(landingFor(token, actor));
            }
            Done<T> done = work.get();
            submissions.flush(); // a conflict in the change surfaces here, as itself, not at the commit
            if (done.landing() == null) {
                submissions.release(token);
            } else {
                submissions.land(token, done.landing());
            }
            return done.answer();
        });
    }

    private String landingFor(String token, String actor) {
        FormSubmissionRepository.Claim claim = submissions.find(token)
                .orElseThrow(() -> new IllegalStateException("A claimed token vanished"));
        if (!claim.actor().equals(actor) || claim.landing() == null) {
            throw new NotFoundException("Submission");
        }
        return claim.landing();
    }

    private static String actor(Visitor who) {
        return who.isStaff() ? "staff:" + who.staffId() : "debtor:" + who.debtorId();
    }

    /** Tokens are kept long enough for any back button; older ones are forgotten once a day (safe on several instances). */
    @Scheduled(identity = "form-submissions-purge", cron = "0 30 3 * * ?", timeZone = "Europe/Oslo",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> submissions.purgeOlderThanDays(FormSubmissionRepository.KEEP_DAYS));
    }
}
