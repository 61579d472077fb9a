package no.minside.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.logging.Logger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.common.InvalidFormException;
import no.minside.common.Roles;
import no.minside.common.Violation;
import no.minside.rates.RateAdminService;
import no.minside.rates.RateAdminView;
import no.minside.rates.RatePreview;
import no.minside.rates.RateTable;
import no.minside.rates.LivingAllowanceCategory;
import no.minside.web.Bundles;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;
import no.minside.common.Visitor;
import no.minside.rates.RateTableChangedMeanwhileException;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.List;

/**
 * The admin's rate tables: every row, a form per table to add the next period or correct one, a preview of what a
 * change does, and saving it (audited, in every balance at once).
 */
@Path("/staff/admin/rates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminRatesResource {

    private static final Logger LOG = Logger.getLogger(AdminRatesResource.class);

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance rates(PageContext page, RateAdminView view, RateForm form,
                                             RatePreview preview, List<FormError> errors, String saved,
                                             List<AllowanceField> categories);
    }

    private final RateAdminService rates;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    AdminRatesResource(RateAdminService rates, PageRenderer pages, CurrentVisitor visitor,
                       FormSubmissions submissions) {
        this.rates = rates;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    /**
     * The tables; {@code edit} opens a table's form, {@code from} (a period's start) or {@code band} (a band's id)
     * fills it with that row to correct.
     */
    @GET
    public TemplateInstance show(@QueryParam("edit") String edit, @QueryParam("from") String from,
                                 @QueryParam("band") String band, @QueryParam("saved") String saved) {
        RateAdminView view = rates.view();
        RateForm form = RateTable.parse(edit).map(table -> suggested(view, table, from, band)
                .atVersion(view.version(table))).orElse(null);
        return pages.render(Templates.rates(pages.page(), view, form, null, List.of(),
                RateTable.parse(saved).map(Enum::name).orElse(null), categories()));
    }

    /** {@code step} {@code preview} shows what the change does; {@code save} does it, once per form page. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@BeanParam RateForm form, @RestForm(FormSubmissions.FIELD) String submission) {
        try {
            if (form.isSave()) {
                Visitor who = visitor.require();
                return submissions.once(who, submission, () -> {
                    rates.apply(form.change(), form.seenVersion(), who.staffId());
                    return Submitted.redirect("/staff/admin/rates?saved=" + form.table());
                }, Submitted::landOn);
            }
            RatePreview preview = rates.preview(form.change());
            return Response.ok(pages.render(Templates.rates(pages.page(), rates.view(), form, preview, List.of(),
                    null, categories()))).build();
        } catch (InvalidFormException e) {
            return invalid(form, e.violations());
        } catch (RateTableChangedMeanwhileException meanwhile) {
            // The tables on the page are as saved now; what was typed stays, at the table's version now, to check.
            RateForm again = form.atVersion(meanwhile.current());
            String field = form.rateTable().orElse(null) == RateTable.BAND ? "value" : "validFrom";
            List<FormError> errors = FormErrors.localize(List.of(Violation.of(field, "table_changed_meanwhile")),
                    pages.language(), AdminMessages.class);
            return Response.status(409).entity(pages.render(Templates.rates(pages.pageWithErrors(), rates.view(),
                    again, null, errors, null, categories()))).build();
        } catch (PersistenceException raced) {
            // Another admin saved the same period first (the unique start date); nothing of this change was saved.
            LOG.warnf("Rate change for %s refused on a database conflict: %s", form.table(), raced.getMessage());
            return invalid(form, List.of(Violation.of("validFrom", "changed_meanwhile")));
        }
    }

    private Response invalid(RateForm form, List<Violation> violations) {
        List<FormError> errors = FormErrors.localize(violations, pages.language(), AdminMessages.class);
        RatePreview preview = null;
        if (form.isSave() && violations.stream().allMatch(v -> v.field().equals("reason"))) {
            // Only the reason is missing: the preview stays on the page, the reason field with it.
            preview = rates.preview(form.change());
        }
        return Response.status(400).entity(pages.render(Templates.rates(pages.pageWithErrors(), rates.view(),
                form.rateTable().isPresent() ? form : null, preview, errors, null, categories()))).build();
    }

    private List<AllowanceField> categories() {
        AdminMessages texts = Bundles.of(AdminMessages.class, pages.language());
        return java.util.Arrays.stream(LivingAllowanceCategory.values()).map(c -> new AllowanceField(c.name(),
                "amount-" + c.name(), texts.allowance_label(texts.category(c)), texts.brief(c))).toList();
    }

    /** The form for a table as the page offers it: the next period, or the row to correct. */
    private static RateForm suggested(RateAdminView view, RateTable table, String from, String band) {
        return switch (table) {
            case INTEREST -> view.interest().stream().filter(r -> r.from().toString().equals(from)).findFirst()
                    .map(r -> RateForm.of(table, day(r.from()), decimal(r.value()), null))
                    .orElseGet(() -> RateForm.of(table, day(view.nextHalfYear()), null, null));
            case SATS -> view.sats().stream().filter(r -> r.from().toString().equals(from)).findFirst()
                    .map(r -> RateForm.of(table, day(r.from()), decimal(r.value()), null))
                    .orElseGet(() -> RateForm.of(table, null, null, null));
            // A new set starts from the latest figures, carried forward until they are typed over.
            case ALLOWANCES -> view.allowances().stream().filter(s -> s.from().toString().equals(from)).findFirst()
                    .map(s -> RateForm.allowances(day(s.from()), s.amounts()))
                    .orElseGet(() -> RateForm.allowances(null, view.allowances().get(0).amounts()));
            case BAND -> view.bands().stream().filter(b -> String.valueOf(b.id()).equals(band)).findFirst()
                    .map(b -> RateForm.of(table, null, decimal(b.multiple()), String.valueOf(b.id())))
                    .orElseGet(() -> RateForm.of(table, null, null, null));
        };
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    private static String decimal(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
