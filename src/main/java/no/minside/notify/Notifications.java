package no.minside.notify;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import no.minside.common.AgencyConfig;
import no.minside.debtors.CaseContacts;
import no.minside.debtors.Debtor;
import no.minside.debtors.DebtorDirectory;

import java.util.Locale;

/**
 * Tells a debtor by e-mail that something happened on a case, in their language, only to an address they (or the
 * creditor, for that case) gave and only when they opted in. The mail says what happened and links to Min side; it
 * never carries the amount owed or a national id, since mail is not a secure channel. Sent after the transaction
 * that decided it commits, so no mail speaks of a decision that was rolled back.
 */
@ApplicationScoped
public class Notifications {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance notice(Notice notice, String caseNumber, String link);

        static native TemplateInstance noticeHtml(Notice notice, String caseNumber, String link, String lang);
    }

    /** A mail to send once the deciding transaction has committed. */
    record Send(String to, String language, Notice notice, String caseNumber) {
    }

    private final CaseContacts contacts;
    private final DebtorDirectory debtors;
    private final AgencyConfig agency;
    private final Mailer mailer;
    private final Event<Send> sends;

    Notifications(CaseContacts contacts, DebtorDirectory debtors, AgencyConfig agency, Mailer mailer,
                  Event<Send> sends) {
        this.contacts = contacts;
        this.debtors = debtors;
        this.agency = agency;
        this.mailer = mailer;
        this.sends = sends;
    }

    /** Asks for the notice to be mailed if the case's contact has an address and opted in; joins the transaction. */
    @Transactional
    public void tell(long caseId, String caseNumber, long debtorId, Notice notice) {
        Debtor debtor = debtors.find(debtorId);
        CaseContacts.Contact contact = contacts.effective(caseId, debtor);
        if (contact.email() == null || !contact.notifyByEmail()) {
            return;
        }
        sends.fire(new Send(contact.email(), contact.language(), notice, caseNumber));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Send send) {
        Locale locale = Locale.forLanguageTag(send.language());
        String link = agency.portalUrl() + "/cases/" + send.caseNumber();
        String subject = MessageBundles.get(MailMessages.class, Localized.Literal.of(send.language()))
                .subject(send.notice());
        String text = Templates.notice(send.notice(), send.caseNumber(), link).setLocale(locale).render();
        String html = Templates.noticeHtml(send.notice(), send.caseNumber(), link, send.language()).setLocale(locale)
                .render();
        try {
            mailer.send(Mail.withText(send.to(), subject, text).setHtml(html));
        } catch (RuntimeException e) {
            // The decision stands; the debtor sees it on Min side. The address is not logged.
            Log.warnf("Notice %s for case %s could not be mailed: %s", send.notice(), send.caseNumber(),
                    e.getClass().getSimpleName());
        }
    }
}
