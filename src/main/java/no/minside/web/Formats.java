package no.minside.web;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How money, dates and rates read on the pages, in the page's language: {@code 1 234,50 kr}, {@code 23.11.2026},
 * {@code 12,50 %} in bokmål; {@code NOK 1,234.50}, {@code 23 Nov 2026}, {@code 12.50%} in English.
 */
@TemplateExtension
public final class Formats {

    /** Non-breaking space: keeps "1 234,50 kr" on one line. */
    static final char NBSP = '\u00A0';
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter NB_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter NB_LONG = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", NORWEGIAN);
    private static final DateTimeFormatter EN_LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** NOK in the page's language: {@code 1 234,50 kr}, or {@code NOK 1,234.50} in English. */
    static String nok(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        return isEnglish(locale) ? "NOK" + NBSP + english(value, "#,##0.00") : number(value, "#,##0.00") + NBSP + "kr";
    }

    /** Whole kroner for chart axes, where øre would only crowd the labels: {@code 10 000 kr}, {@code NOK 10,000}. */
    static String kroner(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount.setScale(0, RoundingMode.HALF_UP);
        return isEnglish(locale) ? "NOK" + NBSP + english(value, "#,##0") : number(value, "#,##0") + NBSP + "kr";
    }

    /** A deadline as a sentence says it: {@code fredag 12. desember 2026}, {@code Friday 12 December 2026}. */
    static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return isEnglish(locale) ? EN_LONG.format(date) : NB_LONG.format(date);
    }

    /** The plain value for {@code data-amount}: {@code 1234.50}. */
    static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(BigDecimal rate, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (rate == null) {
            return "";
        }
        return isEnglish(locale) ? english(rate, "0.00") + "%" : number(rate, "0.00") + NBSP + "%";
    }

    /** A multiple of the sats as the salær table prints it: {@code 0,25}, {@code 7,20}. */
    static String multiple(BigDecimal value) {
        return value == null ? "" : number(value, "0.00##");
    }

    static String date(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return isEnglish(locale) ? EN_DATE.format(date) : NB_DATE.format(date);
    }

    /** A moment as staff read it, in Norway's time: {@code 1.12.2026 10:15}, {@code 1 Dec 2026 10:15}. */
    static String instant(java.time.Instant moment, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (moment == null) {
            return "";
        }
        java.time.ZonedDateTime local = moment.atZone(java.time.ZoneId.of("Europe/Oslo"));
        return (isEnglish(locale) ? EN_DATE : NB_DATE).format(local) + NBSP + TIME.format(local);
    }

    /** ISO form for {@code <time datetime>}. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static boolean isEnglish(Object locale) {
        return locale != null && locale.toString().startsWith("en");
    }

    private static String english(BigDecimal value, String pattern) {
        return ENGLISH_FORMATS.get().computeIfAbsent(pattern, p -> {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
            symbols.setMinusSign('−');
            return new DecimalFormat(p, symbols);
        }).format(value);
    }

    private static String number(BigDecimal value, String pattern) {
        return NORWEGIAN_FORMATS.get().computeIfAbsent(pattern, p -> {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(NORWEGIAN);
            symbols.setGroupingSeparator(NBSP);
            symbols.setDecimalSeparator(',');
            symbols.setMinusSign('−');
            return new DecimalFormat(p, symbols);
        }).format(value);
    }

    /*
     * A page shows hundreds of amounts, and building a DecimalFormat (parsing its pattern) costs more than using one;
     * a DecimalFormat is not thread-safe, so each thread keeps its own, one per pattern.
     */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> NORWEGIAN_FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> ENGLISH_FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);
}
