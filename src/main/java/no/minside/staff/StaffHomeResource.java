package no.minside.staff;

import io.quarkus.arc.All;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.minside.common.Roles;
import no.minside.common.Visitor;
import no.minside.web.CurrentVisitor;
import no.minside.web.PageContext;
import no.minside.web.PageRenderer;

import java.util.Comparator;
import java.util.List;

/** The staff start page: who is logged in, and the queues of their role with their counts. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SUPPORT, Roles.OFFICER, Roles.ADMIN})
public class StaffHomeResource {

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance home(PageContext page, Visitor staff, List<Queue> queues);
    }

    /** One queue as the home page lists it. */
    public record Queue(String key, String path, long open, long overdue) {
    }

    private final CurrentVisitor visitor;
    private final PageRenderer pages;
    private final List<StaffQueue> queues;

    StaffHomeResource(CurrentVisitor visitor, PageRenderer pages, @All List<StaffQueue> queues) {
        this.visitor = visitor;
        this.pages = pages;
        this.queues = queues;
    }

    @GET
    public TemplateInstance home() {
        Visitor staff = visitor.require();
        List<Queue> mine = queues.stream().filter(q -> q.roles().contains(staff.role()))
                .sorted(Comparator.comparing(StaffQueue::key))
                .map(q -> {
                    StaffQueue.Counts counts = q.counts();
                    return new Queue(q.key(), q.path(), counts.open(), counts.overdue());
                }).toList();
        return pages.render(Templates.home(pages.page(), staff, mine));
    }
}
