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
import no.minside.web.Redirects;
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
                                                 ApiClientAdminService.NewClient created, boolean revoked);

        static native TemplateInstance creditor(PageContext page, Creditor creditor, CreditorForm form,
                                                List<FormError> errors, List<Choice> orders,
                                                List<MonthsField> months, PlanPolicy agency, String keyMark,
                                                List<Choice> graces, boolean inGrace, boolean saved);

        static native TemplateInstance newKey(PageContext page, Creditor creditor, CreditorKeys keys);
    }

    private final CreditorAdminService creditors;
    private final ApiClientAdminService clients;
    private final PageRenderer pages;
    private final CurrentVisitor visitor;

    AdminCreditorsResource(CreditorAdminService creditors, ApiClientAdminService clients, PageRenderer pages,
                           CurrentVisitor visitor) {
        this.creditors = creditors;
        this.clients = clients;
        this.pages = pages;
        this.visitor = visitor;
    }

    @GET
    public TemplateInstance list(@QueryParam("revoked") String revoked) {
        return pages.render(Templates.creditors(pages.page(), creditors.list(), clients.list(), ClientForm.empty(),
                List.of(), kinds(), null, revoked != null));
    }

    /** The other systems' keys: make one (shown once) or revoke one. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clients(@BeanParam ClientForm form) {
        long staffId = visitor.require().staffId();
        if (form.isRevoke()) {
            Long id = form.clientId();
            if (id == null) {
                throw new NotFoundException("ApiClient");
            }
            clients.revoke(id, staffId);
            return Redirects.seeOther(PATH + "?revoked=1").build();
        }
        try {
            ApiClientAdminService.NewClient created = clients.create(form.name(), form.parsedKind(), staffId);
            return Response.ok(pages.render(Templates.creditors(pages.page(), creditors.list(), clients.list(),
                    ClientForm.empty(), List.of(), kinds(), created, false))).build();
        } catch (InvalidFormException e) {
            List<FormError> errors = FormErrors.localize(e.violations(), pages.language(), AdminMessages.class);
            return Response.status(400).entity(pages.render(Templates.creditors(pages.pageWithErrors(),
                    creditors.list(), clients.list(), form, errors, kinds(), null, false))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("saved") String saved) {
        Creditor c = creditors.get(parseId(id));
        return pages.render(creditorPage(pages.page(), c, CreditorForm.of(c), List.of(), saved != null));
    }

    /** {@code step} {@code policy} saves the rules; {@code rotate} makes a new key and shows it once. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @RestForm String step, @RestForm String key,
                           @RestForm String grace, @BeanParam CreditorForm form) {
        long creditorId = parseId(id);
        long staffId = visitor.require().staffId();
        if ("rotate".equals(step)) {
            return rotate(creditorId, key, grace, staffId);
        }
        Violations found = new Violations();
        try {
            creditors.update(creditorId, form.change(found), found, staffId);
            return Redirects.seeOther(PATH + "/" + creditorId + "?saved=1").build();
        } catch (InvalidFormException e) {
            // Some fields are checked by the form, some by the service: the summary follows the page's order.
            List<Violation> inPageOrder = e.violations().stream()
                    .sorted(java.util.Comparator.comparingInt(v -> CreditorForm.FIELDS.indexOf(v.field()))).toList();
            List<FormError> errors = FormErrors.localize(inPageOrder, pages.language(), AdminMessages.class);
            return Response.status(400).entity(pages.render(creditorPage(pages.pageWithErrors(),
                    creditors.get(creditorId), form, errors, false))).build();
        } catch (CreditorChangedMeanwhileException | OptimisticLockException raced) {
            // The stored figures replace what was typed: saving them again is a decision made on what is there now.
            Creditor now = creditors.get(creditorId);
            List<FormError> errors = FormErrors.localize(List.of(Violation.of("allocationOrder",
                    "creditor_changed_meanwhile")), pages.language(), AdminMessages.class);
            return Response.status(409).entity(pages.render(creditorPage(pages.pageWithErrors(), now,
                    CreditorForm.of(now), errors, false))).build();
        }
    }

    private Response rotate(long creditorId, String key, String grace, long staffId) {
        int days = grace != null && grace.matches("[0-9]{1,2}") ? Integer.parseInt(grace) : -1;
        Creditor c = creditors.get(creditorId);
        if (!CreditorAdminService.GRACE_DAYS.contains(days)) {
            List<FormError> errors = FormErrors.localize(List.of(Violation.of("grace", "grace_required")),
                    pages.language(), AdminMessages.class);
            return Response.status(400).entity(pages.render(creditorPage(pages.pageWithErrors(), c,
                    CreditorForm.of(c), errors, false))).build();
        }
        try {
            CreditorKeys keys = creditors.rotateKey(creditorId, key, days, staffId);
            return Response.ok(pages.render(Templates.newKey(pages.page(), creditors.get(creditorId), keys))).build();
        } catch (KeyAlreadyRotatedException twice) {
            List<FormError> errors = FormErrors.localize(List.of(Violation.of("grace", "key_already_rotated")),
                    pages.language(), AdminMessages.class);
            return Response.status(409).entity(pages.render(creditorPage(pages.pageWithErrors(), c,
                    CreditorForm.of(c), errors, false))).build();
        }
    }

    private TemplateInstance creditorPage(PageContext page, Creditor c, CreditorForm form, List<FormError> errors,
                                          boolean saved) {
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
                CreditorAdminService.fingerprint(c), graces, creditors.inGrace(c), saved);
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
