package no.minside.admin;

import java.time.Instant;

/**
 * The audit chain's latest check as the viewer shows it, every text in the page's language.
 *
 * @param status      {@code ok}, {@code broken} or {@code none} (never checked), for {@code data-status}
 * @param rows        what was checked, in words; null when never checked
 * @param checkedAt   when; null when never checked
 * @param breakText   the first break in words; null when none
 * @param breakReason the break's kind as the verifier names it ({@code CHANGED}, {@code MISSING} …), for
 *                    {@code data-reason}
 */
public record AuditChainLine(String status, String headline, String rows, Instant checkedAt, String breakText,
                             String breakReason, Long breakId, Long breakSeq) {
}
