package no.minside.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.minside.clients.ApiClient;
import no.minside.clients.ApiClientAdminService;
import no.minside.common.InvalidFormException;
import no.minside.common.NotFoundException;
import no.minside.common.Roles;
import no.minside.common.Violation;
import no.minside.common.Violations;
import no.minside.creditors.Creditor;
import no.minside.creditors.CreditorAdminService;
import no.minside.creditors.CreditorChangedMeanwhileException;
import no.minside.creditors.CreditorKeys;
import no.minside.creditors.KeyAlreadyRotatedException;
import no.minside.fees.AllocationOrder;
import no.minside.plans.evaluation.MonthsBand;
import no.minside.plans.evaluation.PlanPolicy;
import no.minside.web.Bundles;
import no.minside.web.Choice;
import no.minside.web.CurrentVisitor;
import no.minside.web.FormError;
import no.minside.web.FormErrors;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;
import no.minside.web.Submitted;
import no.minside.submissions.FormSubmissions;
import no.minside.common.Visitor;
import no.minside.clients.ClientChangedMeanwhileException;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The admin's creditor policies: every creditor with its rules and key, a page per creditor to change them and to
 * rotate its key (the new key shown once), and the keys of the other systems (channels, the print service).
 * Pages showing a new key answer the POST itself instead of redirecting: the key exists only in that answer.
 */
@Path("/staff/admin/creditors")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminCreditorsResource {

    private static final String PATH = "/staff/admin/creditors";

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance creditors(PageContext page, List<Creditor> creditors, List<ApiClient> clients,
                                                 ClientForm form, List<FormError> errors, List<Choice> kinds,
                                                 ApiClientAdminService.NewClient created, boolean revoked,
                                                 boolean madeBefore);

        static native TemplateInstance creditor(PageContext page, Creditor creditor, CreditorForm form,
                                                List<FormError> errors, List<Choice> orders,
                                                List<MonthsField> months, PlanPolicy agency, String keyMark,
                                                List<Choice> graces, boolean inGrace, boolean saved,
                                                CreditorForm current, boolean rotatedBefore);

        static native TemplateInstance newKey(PageContext page, Creditor creditor, CreditorKeys keys);
    }

    private final CreditorAdminService creditors;
    private final ApiClientAdminService clients;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;
    private final FormSubmissions submissions;

    AdminCreditorsResource(CreditorAdminService creditors, ApiClientAdminService clients, PageRenderer pages,
                           CurrentVisitor visitor, FormSubmissions submissions) {
        this.creditors = creditors;
        this.clients = clients;
        this.pages = pages;
        this.visitor = visitor;
        this.submissions = submissions;
    }

    @GET
    public TemplateInstance list(@QueryParam("revoked") String revoked, @QueryParam("made") String made) {
        return pages.render(Templates.creditors(pages.page(), creditors.list(), clients.list(), ClientForm.empty(),
                List.of(), kinds(), null, revoked != null, made != null));
    }

    /**
     * The other systems' keys: make one (shown once) or revoke one, once per form page. A repeat of the making lands
     * on the list, which names the client made (its key was in the first answer only); a revoke from a page older
     * than the client is told that it changed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clients(@BeanParam ClientForm form, @RestForm(FormSubmissions.FIELD) String submission) {
        Visitor who = visitor.require();
        if (form.isRevoke()) {
            Long id = form.clientId();
            if (id == null) {
                throw new NotFoundException("ApiClient");
            }
            try {
                return submissions.once(who, submission, () -> {
                    clients.revoke(id, form.seenVersion(), who.staffId());
                    return Submitted.redirect(PATH + "?revoked=1");
                }, Submitted::landOn);
            } catch (ClientChangedMeanwhileException | OptimisticLockException meanwhile) {
                List<FormError> errors = FormErrors.localize(List.of(Violation.of("client-" + id,
                        "client_changed_meanwhile")), pages.language(), AdminMessages.class);
                return Response.status(409).entity(pages.render(Templates.creditors(pages.pageWithErrors(),
                        creditors.list(), clients.list(), ClientForm.empty(), errors, kinds(), null, false, false))).build();
            }
        }
        try {
            return submissions.once(who, submission, () -> {
                ApiClientAdminService.NewClient created = clients.create(form.name(), form.parsedKind(), who.staffId());
                Response shown = Response.ok(pages.render(Templates.creditors(pages.page(), creditors.list(),
                        clients.list(), ClientForm.empty(), List.of(), kinds(), created, false, false))).build();
                return FormSubmissions.Done.landing(shown, PATH + "?made=" + created.id());
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), AdminMessages.class);
            return Response.status(400).entity(pages.render(Templates.creditors(pages.pageWithErrors(),
                    creditors.list(), clients.list(), form, errors, kinds(), null, false, false))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("saved") String saved,
                                 @QueryParam("rotated") String rotated) {
        Creditor c = creditors.get(parseId(id));
        return pages.render(creditorPage(pages.page(), c, CreditorForm.of(c), List.of(), saved != null, null,
                rotated != null));
    }

    /**
     * {@code step} {@code policy} saves the rules; {@code rotate} makes a new key and shows it once. Each once per
     * form page: a repeated rotation lands on the creditor's page (the key was in the first answer only).
     */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @RestForm String step, @RestForm String key,
                           @RestForm String grace, @BeanParam CreditorForm form,
                           @RestForm(FormSubmissions.FIELD) String submission) {
        long creditorId = parseId(id);
        Visitor who = visitor.require();
        if ("rotate".equals(step)) {
            return rotate(creditorId, key, grace, who, submission);
        }
        Violations found = new Violations();
        try {
            return submissions.once(who, submission, () -> {
                creditors.update(creditorId, form.change(found), found, who.staffId());
                return Submitted.redirect(PATH + "/" + creditorId + "?saved=1");
            }, Submitted::landOn);
        } catch (InvalidFormException e) {
            // Some fields are checked by the form, some by the service: the summary follows the page's order.
            List<Violation> inPageOrder = e.violations().stream()
                    .sorted(java.util.Comparator.comparingInt(v -> CreditorForm.FIELDS.indexOf(v.field()))).toList();
            List<FormError> errors = FormErrors.localize(inPageOrder, pages.language(), AdminMessages.class);
            return Response.status(400).entity(pages.render(creditorPage(pages.pageWithErrors(),
                    creditors.get(creditorId), form, errors, false, null))).build();
        } catch (CreditorChangedMeanwhileException | OptimisticLockException raced) {
            // What was typed stays, at the row's version now, beside how it is saved now: saving it again is then a
            // decision made on what is there.
            Creditor now = creditors.get(creditorId);
            List<FormError> errors = FormErrors.localize(List.of(Violation.of("allocationOrder",
                    "creditor_changed_meanwhile")), pages.language(), AdminMessages.class);
            return Response.status(409).entity(pages.render(creditorPage(pages.pageWithErrors(), now,
                    form.atVersion(now.version), errors, false, CreditorForm.of(now)))).build();
        }
    }

    private Response rotate(long creditorId, String key, String grace, Visitor who, String submission) {
        int days = grace != null && grace.matches("[0-9]{1,2}") ? Integer.parseInt(grace) : -1;
        Creditor c = creditors.get(creditorId);
        if (!CreditorAdminService.GRACE_DAYS.contains(days)) {
            List<FormError> errors = FormErrors.localize(List.of(Violation.of("grace", "grace_required")),
                    pages.language(), AdminMessages.class);
            return Response.status(400).entity(pages.render(creditorPage(pages.pageWithErrors(), c,
                    CreditorForm.of(c), errors, false, null))).build();
        }
        try {
            return submissions.once(who, submission, () -> {
                CreditorKeys keys = creditors.rotateKey(creditorId, key, days, who.staffId());
                Response shown = Response.ok(pages.render(Templates.newKey(pages.page(), creditors.get(creditorId),
                        keys))).build();
                return FormSubmissions.Done.landing(shown, PATH + "/" + creditorId + "?rotated=1");
            }, Submitted::landOn);
        } catch (KeyAlreadyRotatedException twice) {
            List<FormError> errors = FormErrors.localize(List.of(Violation.of("grace", "key_already_rotated")),
                    pages.language(), AdminMessages.class);
            return Response.status(409).entity(pages.render(creditorPage(pages.pageWithErrors(), c,
                    CreditorForm.of(c), errors, false, null))).build();
        }
    }

    private TemplateInstance creditorPage(PageContext page, Creditor c, CreditorForm form, List<FormError> errors,
                                          boolean saved, CreditorForm current) {
        return creditorPage(page, c, form, errors, saved, current, false);
    }

    private TemplateInstance creditorPage(PageContext page, Creditor c, CreditorForm form, List<FormError> errors,
                                          boolean saved, CreditorForm current, boolean rotatedBefore) {
        AdminMessages texts = Bundles.of(AdminMessages.class, pages.language());
        List<Choice> orders = Arrays.stream(AllocationOrder.values())
                .map(o -> Choice.of(o.name(), texts.allocation(o))).toList();
        List<Choice> graces = CreditorAdminService.GRACE_DAYS.stream().map(d -> Choice.of(String.valueOf(d),
                switch (d) {
                    case 0 -> texts.grace_0();
                    case 1 -> texts.grace_1();
                    case 7 -> texts.grace_7();
                    default -> texts.grace_30();
                })).toList();
        return Templates.creditor(page, c, form, errors, orders, monthsFields(), CreditorForm.AGENCY_POLICY,
                CreditorAdminService.fingerprint(c), graces, creditors.inGrace(c), saved, current, rotatedBefore);
    }

    private static List<MonthsField> monthsFields() {
        List<MonthsBand> bands = CreditorForm.AGENCY_POLICY.maximumMonths();
        List<MonthsField> fields = new ArrayList<>();
        BigDecimal below = null;
        for (int i = 0; i < bands.size(); i++) {
            MonthsBand band = bands.get(i);
            fields.add(new MonthsField(i, "months-" + i, band.upTo(), below, band.months()));
            below = band.upTo();
        }
        return fields;
    }

    private List<Choice> kinds() {
        AdminMessages texts = Bundles.of(AdminMessages.class, pages.language());
        return Arrays.stream(ApiClient.Kind.values()).map(k -> Choice.of(k.name(), texts.kind(k))).toList();
    }

    private static long parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException("Creditor");
        }
        return Long.parseLong(id);
    }
}
