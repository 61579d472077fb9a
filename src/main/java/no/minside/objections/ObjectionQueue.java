package no.minside.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.Roles;
import no.minside.common.TimeSource;
import no.minside.staff.StaffQueue;

import java.util.Set;

/** Support's queue on the staff home page: open objections, and those past the week's promise. */
@ApplicationScoped
public class ObjectionQueue implements StaffQueue {

    private final ObjectionRepository objections;
    private final TimeSource time;

    ObjectionQueue(ObjectionRepository objections, TimeSource time) {
        this.objections = objections;
        this.time = time;
    }

    @Override
    public String key() {
        return "objections";
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.SUPPORT, Roles.ADMIN);
    }

    @Override
    public String path() {
        return "/staff/objections";
    }

    @Override
    @Transactional
    public Counts counts() {
        return new Counts(objections.countOpen(), objections.countOverdue(time.today()));
    }
}
