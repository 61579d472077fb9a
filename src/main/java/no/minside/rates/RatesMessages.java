package no.minside.rates;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public rates page, in bokmål (ui-templates/messages/rates.properties, the default) and English
 * (rates_en.properties). Templates use them as {@code {rates:key}}.
 */
@MessageBundle(value = "rates", locale = "nb")
public interface RatesMessages {

    @Message
    String title();

    @Message
    String lead();

    @Message
    String as_of();

    @Message
    String provisional();

    @Message
    String in_force();

    @Message
    String provisional_note();

    @Message
    String provisional_today();

    @Message
    String today_title();

    @Message
    String today_sats();

    @Message
    String today_notice_fee();

    @Message
    String today_interest();

    @Message
    String sats_title();

    @Message
    String sats_text();

    @Message
    String sats_caption();

    @Message
    String col_from();

    @Message
    String col_to();

    @Message
    String col_sats();

    @Message
    String col_note();

    @Message
    String col_source();

    @Message
    String until_further_notice();

    @Message
    String salaer_title();

    @Message
    String salaer_text();

    @Message
    String salaer_heavy();

    @Message
    String salaer_sats_rule();

    @Message
    String salaer_business();

    @Message
    String salaer_vat();

    @Message
    String salaer_caption();

    @Message
    String col_principal();

    @Message
    String col_multiple();

    @Message
    String col_consumer();

    @Message
    String col_business();

    @Message
    String col_light();

    @Message
    String col_heavy();

    @Message
    String band_up_to(String amount);

    @Message
    String band_between(String from, String to);

    @Message
    String band_above(String amount);

    @Message
    String notice_title();

    @Message
    String notice_text();

    @Message
    String notice_today();

    @Message
    String interest_title();

    @Message
    String interest_text();

    @Message
    String interest_how();

    @Message
    String interest_caption();

    @Message
    String col_period();

    @Message
    String col_rate();

    @Message
    String first_half(int year);

    @Message
    String second_half(int year);

    @Message
    String sources_note();
}
