package no.minside.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import no.minside.audit.AuditLog;
import no.minside.common.NotFoundException;
import no.minside.common.Roles;
import no.minside.common.TimeSource;
import no.minside.common.Visitor;
import no.minside.letters.LetterKind;
import no.minside.letters.LetterService;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * The case's PIN: 8 random digits, stored as a keyed hash ({@link PinHash}), known in clear only to the letter that carries it until
 * the letter is printed. Nobody can read a PIN afterwards; support can only order a new-PIN letter, which replaces
 * the old PIN at once.
 */
@ApplicationScoped
public class CasePins {

    private static final int PIN_DIGITS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRepository cases;
    private final CaseBalances balances;
    private final CaseLetters letters;
    private final AuditLog audit;
    private final TimeSource time;
    private final Event<PinReplaced> replaced;
    private final LetterService letterStore;
    private final PinHash hashes;

    CasePins(CaseRepository cases, CaseBalances balances, CaseLetters letters, AuditLog audit, TimeSource time,
             Event<PinReplaced> replaced, LetterService letterStore, PinHash hashes) {
        this.hashes = hashes;
        this.replaced = replaced;
        this.letterStore = letterStore;
        this.cases = cases;
        this.balances = balances;
        this.letters = letters;
        this.audit = audit;
        this.time = time;
    }

    /** Gives the case a new PIN and returns it, for the one letter that will carry it. */
    String replacePin(CollectionCase c) {
        String pin = newPin();
        c.pinHash = hashes.hash(pin);
        return pin;
    }

    /**
     * Support orders a new-PIN letter: the old PIN stops working now, the new one goes out in the letter.
     *
     * @throws NotFoundException for an unknown case, or when the visitor is not support or admin
     */
    @Transactional
    public void orderNewPin(Visitor staff, String caseNumber) {
        if (staff == null || !staff.isStaff() || !(Roles.SUPPORT.equals(staff.role()) || Roles.ADMIN.equals(staff.role()))) {
            throw new NotFoundException("Case");
        }
        CollectionCase c = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new NotFoundException("Case"));
        String pin = replacePin(c);
        // The old PIN may be in the wrong hands: its sessions end, its known browsers are forgotten, and letters
        // still waiting go out without it.
        replaced.fire(new PinReplaced(c.id, c.caseNumber));
        letterStore.forgetWaitingPins(c.id);
        CaseBalance balance = balances.of(c, CaseBalances.Detail.BALANCE);
        LocalDate deadline = DebtorCaseService.nextDeadline(balance.breakdown().nextStep());
        letters.issue(balance, LetterKind.NEW_PIN, time.today(), deadline, pin);
        audit.record(AuditLog.Actor.STAFF, staff.staffId(), "NEW_PIN_ORDERED", "case:" + c.caseNumber, null);
    }

    private static String newPin() {
        StringBuilder pin = new StringBuilder(PIN_DIGITS);
        for (int i = 0; i < PIN_DIGITS; i++) {
            pin.append(RANDOM.nextInt(10));
        }
        return pin.toString();
    }
}
