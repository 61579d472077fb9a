package no.minside.plans.evaluation;

import static no.minside.plans.evaluation.Wording.daysEn;
import static no.minside.plans.evaluation.Wording.daysNb;
import static no.minside.plans.evaluation.Wording.en;
import static no.minside.plans.evaluation.Wording.monthsEn;
import static no.minside.plans.evaluation.Wording.monthsNb;
import static no.minside.plans.evaluation.Wording.nb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reason for every rule, passed or failed, in plain bokmål and English (klarspråk: say what happened and what
 * the debtor can do). A failed referral rule says who decides next, which depends on the decision as a whole.
 */
final class Reasons {

    private final Evaluation context;
    private final Assessment a;
    private final CounterOfferSearch.Result search;

    private Reasons(Evaluation context, Assessment assessment, CounterOfferSearch.Result search) {
        this.context = context;
        this.a = assessment;
        this.search = search;
    }

    static List<RuleCheck> checks(Evaluation context, Assessment assessment, CounterOfferSearch.Result search) {
        Reasons reasons = new Reasons(context, assessment, search);
        List<RuleCheck> checks = new ArrayList<>(PlanRule.values().length);
        for (PlanRule rule : PlanRule.values()) {
            checks.add(reasons.check(rule));
        }
        return checks;
    }

    private RuleCheck check(PlanRule rule) {
        boolean passed = a.passed(rule);
        String[] text = switch (rule) {
            case OPEN_OBJECTION -> openObjection(passed);
            case LEGAL_STAGE -> legalStage(passed);
            case FIRST_DUE_DATE -> firstDueDate(passed);
            case DEFERRAL_ONCE -> deferralOnce(passed);
            case DEFERRAL_WINDOW -> deferralWindow(passed);
            case MIN_INSTALMENT -> minInstalment(passed);
            case MONTHS_LIMIT -> monthsLimit(passed);
            case MAX_MONTHS -> maxMonths(passed);
            case AUTO_APPROVE_CEILING -> ceiling(passed);
            case BROKEN_PLAN -> brokenPlan(passed);
            case AFFORDABLE -> affordable(passed);
        };
        return new RuleCheck(rule.name(), passed, text[0], text[1]);
    }

    private static String[] texts(String nb, String en) {
        return new String[] {nb, en};
    }

    /** Who decides after a failed referral rule: a case officer when referred; a new proposal when rejected. */
    private String[] whatNext(String nb, String en) {
        if (a.decision == Decision.REFERRED) {
            return texts(nb + " En saksbehandler ser på planen og gir deg svar.",
                    en + " A case officer will look at the plan and give you an answer.");
        }
        return texts(nb + " Send en plan som følger de andre reglene, så ser en saksbehandler på den.",
                en + " Send a plan that follows the other rules, and a case officer will look at it.");
    }

    private String[] openObjection(boolean passed) {
        if (passed) {
            return texts("Det er ingen ubesvart innsigelse i saken.", "There is no unanswered objection on the case.");
        }
        return texts("Du har en innsigelse i saken som vi ikke har svart på ennå. Mens vi behandler den, kan vi ikke "
                        + "avtale en nedbetalingsplan. Vent på svaret vårt, og søk igjen etterpå.",
                "You have an objection on the case that we have not answered yet. While we deal with it, we cannot "
                        + "agree a payment plan. Wait for our answer and apply again after that.");
    }

    private String[] legalStage(boolean passed) {
        if (passed) {
            return texts("Saken er ikke sendt til rettslig inndriving.",
                    "The case has not been sent for legal collection.");
        }
        return texts("Saken er sendt til rettslig inndriving, så du kan ikke avtale en plan her på Min side. "
                        + "Kontakt oss, så ser en saksbehandler på hva som er mulig.",
                "The case has been sent for legal collection, so you cannot agree a plan here on Min side. "
                        + "Contact us, and a case officer will look at what is possible.");
    }

    private String[] firstDueDate(boolean passed) {
        LocalDate first = a.proposal.firstDueDate();
        int window = (int) (context.lastFirstDueDay() - context.today());
        LocalDate last = LocalDate.ofEpochDay(context.lastFirstDueDay());
        if (passed) {
            return texts("Første avdrag forfaller " + nb(first) + ", innen " + daysNb(window) + " fra i dag.",
                    "The first instalment is due on " + en(first) + ", within " + daysEn(window) + " from today.");
        }
        if (first.toEpochDay() < context.today()) {
            LocalDate today = context.todayDate();
            return texts("Første forfallsdato, " + nb(first) + ", har allerede vært. Velg en dato fra i dag, "
                            + nb(today) + ", til " + nb(last) + ".",
                    "The first due date, " + en(first) + ", has already passed. Choose a date from today, "
                            + en(today) + ", to " + en(last) + ".");
        }
        return texts("Første forfallsdato, " + nb(first) + ", er mer enn " + daysNb(window)
                        + " fram i tid. Velg en dato fra i dag til " + nb(last) + ".",
                "The first due date, " + en(first) + ", is more than " + daysEn(window)
                        + " away. Choose a date from today to " + en(last) + ".");
    }

    private String[] deferralOnce(boolean passed) {
        if (!a.deferral) {
            return texts("Du ber ikke om betalingsutsettelse, så regelen om én utsettelse per sak gjelder ikke.",
                    "You are not asking for a deferral, so the rule of one deferral per case does not apply.");
        }
        if (passed) {
            return texts("Du har ikke hatt betalingsutsettelse i denne saken før.",
                    "You have not had a deferral on this case before.");
        }
        return texts("Du har allerede hatt betalingsutsettelse i denne saken, og det kan du bare få én gang. "
                        + "Du kan i stedet søke om å betale i flere avdrag.",
                "You have already had a deferral on this case, and you can only have one. "
                        + "You can apply to pay in several instalments instead.");
    }

    private String[] deferralWindow(boolean passed) {
        if (!a.deferral) {
            return texts("Du ber ikke om betalingsutsettelse, så fristen for utsettelse gjelder ikke.",
                    "You are not asking for a deferral, so the time limit for a deferral does not apply.");
        }
        int window = (int) (context.lastDeferralDay() - context.today());
        LocalDate first = a.proposal.firstDueDate();
        if (passed) {
            return texts("Utsettelsen er til " + nb(first) + ", innen " + daysNb(window) + ".",
                    "The deferral runs to " + en(first) + ", within " + daysEn(window) + ".");
        }
        LocalDate last = LocalDate.ofEpochDay(context.lastDeferralDay());
        return texts("En betalingsutsettelse kan vare i høyst " + daysNb(window) + ". Velg en dato senest "
                        + nb(last) + ".",
                "A deferral can last at most " + daysEn(window) + ". Choose a date no later than " + en(last) + ".");
    }

    private String[] minInstalment(boolean passed) {
        long minimum = context.minimumInstalment();
        if (a.deferral) {
            return texts("Du betaler alt, " + nb(a.regular) + ", på én gang. Da gjelder ikke minstebeløpet på "
                            + nb(minimum) + ".",
                    "You pay everything, " + en(a.regular) + ", at once, so the minimum of " + en(minimum)
                            + " does not apply.");
        }
        if (passed) {
            return texts("Avdraget på " + nb(a.regular) + " er minst " + nb(minimum) + ".",
                    "The instalment of " + en(a.regular) + " is at least " + en(minimum) + ".");
        }
        return texts("Hvert avdrag må være minst " + nb(minimum) + " i måneden, og dette er " + nb(a.regular)
                        + ". Velg et høyere beløp eller færre måneder.",
                "Each instalment must be at least " + en(minimum) + " a month, and this one is " + en(a.regular)
                        + ". Choose a higher amount or fewer months.");
    }

    private String[] monthsLimit(boolean passed) {
        String limitNb = monthsNb(a.monthsLimit);
        String limitEn = monthsEn(a.monthsLimit);
        if (passed) {
            return texts("Planen går over " + monthsNb(a.months) + ". Det er innenfor det lengste vi kan vurdere for "
                            + nb(a.total) + ", som er " + limitNb + ".",
                    "The plan runs for " + monthsEn(a.months) + ". That is within the longest we can consider for "
                            + en(a.total) + ", which is " + limitEn + ".");
        }
        if (!a.cleared) {
            return texts("Med " + nb(a.regular) + " i måneden blir gjelden ikke betalt ned på "
                            + monthsNb(Proposal.MAX_MONTHS) + ". For " + nb(a.total)
                            + " kan vi ikke gå med på mer enn " + limitNb + ". Velg et høyere beløp.",
                    "At " + en(a.regular) + " a month the debt is not paid off within "
                            + monthsEn(Proposal.MAX_MONTHS) + ". For " + en(a.total)
                            + " we cannot agree to more than " + limitEn + ". Choose a higher amount.");
        }
        return texts("Planen går over " + monthsNb(a.months) + ". For " + nb(a.total)
                        + " kan vi ikke gå med på mer enn " + limitNb
                        + ", heller ikke med en saksbehandler. Velg et høyere beløp eller færre måneder.",
                "The plan runs for " + monthsEn(a.months) + ". For " + en(a.total)
                        + " we cannot agree to more than " + limitEn
                        + ", not even with a case officer. Choose a higher amount or fewer months.");
    }

    private String[] maxMonths(boolean passed) {
        if (passed) {
            return texts("Planen går over " + monthsNb(a.months) + ", innenfor grensen på "
                            + monthsNb(a.maximumMonths) + " som vi kan godkjenne med en gang for " + nb(a.total) + ".",
                    "The plan runs for " + monthsEn(a.months) + ", within the limit of "
                            + monthsEn(a.maximumMonths) + " we can approve straight away for " + en(a.total) + ".");
        }
        String planNb = a.cleared
                ? "Planen din går over " + monthsNb(a.months) + "."
                : "Planen din blir ikke betalt ned på " + monthsNb(Proposal.MAX_MONTHS) + ".";
        String planEn = a.cleared
                ? "Your plan runs for " + monthsEn(a.months) + "."
                : "Your plan does not pay the debt off within " + monthsEn(Proposal.MAX_MONTHS) + ".";
        return whatNext("For " + nb(a.total) + " kan vi godkjenne høyst " + monthsNb(a.maximumMonths)
                        + " med en gang. " + planNb,
                "For " + en(a.total) + " we can approve at most " + monthsEn(a.maximumMonths)
                        + " straight away. " + planEn);
    }

    private String[] ceiling(boolean passed) {
        long ceiling = context.autoApproveCeiling();
        String oweNb = "Du skylder " + nb(a.total);
        String oweEn = "You owe " + en(a.total);
        if (a.surcharge > 0) {
            oweNb += ", medregnet tillegget på " + nb(a.surcharge) + " for en plan med mer enn fire avdrag";
            oweEn += ", including the surcharge of " + en(a.surcharge) + " for a plan of more than four instalments";
        }
        if (passed) {
            return texts(oweNb + ". Det er ikke over " + nb(ceiling) + ", som er grensen for å godkjenne med en gang.",
                    oweEn + ". That is not over " + en(ceiling) + ", the limit for approving straight away.");
        }
        return whatNext(oweNb + ". Over " + nb(ceiling) + " kan vi ikke godkjenne en plan med en gang.",
                oweEn + ". Above " + en(ceiling) + " we cannot approve a plan straight away.");
    }

    private String[] brokenPlan(boolean passed) {
        if (passed) {
            return texts("Du har ikke brutt en betalingsavtale de siste 12 månedene.",
                    "You have not broken a payment agreement in the last 12 months.");
        }
        LocalDate brokenOn = context.recentBreak();
        return whatNext("En betalingsavtale ble brutt " + nb(brokenOn) + ", for mindre enn 12 måneder siden.",
                "A payment agreement was broken on " + en(brokenOn) + ", less than 12 months ago.");
    }

    private String[] affordable(boolean passed) {
        if (!context.hasBudget()) {
            return texts("Du har ikke lagt ved et budsjett, så vi har ikke sjekket om avdraget passer økonomien din.",
                    "You did not add a budget, so we have not checked whether the instalment fits your finances.");
        }
        long disposable = context.disposable();
        String[] text;
        if (passed) {
            text = texts("Etter budsjettet ditt har du " + nb(disposable) + " igjen i måneden. Avdraget på "
                            + nb(a.regular) + " er innenfor det.",
                    "Your budget leaves you " + en(disposable) + " a month. The instalment of " + en(a.regular)
                            + " fits within that.");
        } else if (disposable >= 0) {
            text = whatNext("Etter budsjettet ditt har du " + nb(disposable) + " igjen i måneden, men avdraget er "
                            + nb(a.regular) + ".",
                    "Your budget leaves you " + en(disposable) + " a month, but the instalment is " + en(a.regular)
                            + ".");
        } else {
            text = whatNext("Etter budsjettet ditt mangler du " + nb(-disposable)
                            + " i måneden for å dekke livsoppholdet, og avdraget er " + nb(a.regular) + ".",
                    "Your budget is " + en(-disposable) + " a month short of covering your living costs, and the "
                            + "instalment is " + en(a.regular) + ".");
        }
        if (search.longestMonths() > 0) {
            text = budgetNote(text);
        }
        if (context.request.livingAllowances().provisional()) {
            text = texts(text[0] + " Satsene for livsopphold er foreløpige.",
                    text[1] + " The living allowance rates are provisional.");
        }
        return text;
    }

    /** No plan fits the budget: say what even the longest one would cost, and who can help when nobody looks. */
    private String[] budgetNote(String[] text) {
        int months = search.longestMonths();
        long instalment = search.longestInstalment();
        long minimum = context.minimumInstalment();
        String nbNote;
        String enNote;
        if (instalment > context.disposable()) {
            nbNote = " Selv med den lengste planen vi kan godkjenne, " + monthsNb(months) + ", blir avdraget "
                    + nb(instalment) + ".";
            enNote = " Even with the longest plan we can approve, " + monthsEn(months) + ", the instalment would be "
                    + en(instalment) + ".";
        } else {
            nbNote = " Vi finner ingen plan med avdrag på minst " + nb(minimum) + " som passer budsjettet ditt.";
            enNote = " We cannot find a plan with instalments of at least " + en(minimum) + " that fits your budget.";
        }
        if (a.decision == Decision.REFERRED) {
            return texts(text[0] + nbNote, text[1] + enNote);
        }
        return texts(text[0] + nbNote + " Kontakt oss, så finner en saksbehandler en løsning sammen med deg.",
                text[1] + enNote + " Contact us, and a case officer will find a solution with you.");
    }
}
