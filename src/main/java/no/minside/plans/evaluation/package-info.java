/**
 * The payment-plan evaluation core: {@link no.minside.plans.evaluation.PlanEvaluator} judges a debtor's proposal
 * against the creditor's policy (DOMAIN.md, "Payment plans") and returns the decision, every rule with its reason,
 * the schedule and, when it can, an approvable counter-offer. Plain Java on the JDK alone, a pure function of its
 * request.
 *
 * <p>Where DOMAIN.md is silent:
 * <ul>
 *   <li>Interest is exact over the rate periods of each instalment period and rounded HALF_UP to øre once, when the
 *       instalment falls due; the projected interest is the sum of those amounts, so every column adds up.</li>
 *   <li>The surcharge is decided on the schedule without it (more than four instalments, or not clearing at all);
 *       it is a cost, part of T, and 1.5 × sats × 1.25 with VAT, rounded once.</li>
 *   <li>Any plan of one instalment is a deferral, however it was asked for, and the one-payment exception to the
 *       minimum instalment is the same thing.</li>
 *   <li>A proposal that clears in fewer instalments than asked gets the shorter schedule; a monthly amount that
 *       does not clear within 120 months gets none, and is rejected.</li>
 *   <li>Counter-offers are in months, from the debtor's first due date when allowed, else today + 14 days capped to
 *       the window; the months closest to the request win, the fewer on a tie.</li>
 * </ul>
 */
package no.minside.plans.evaluation;
