package no.minside.plans.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.minside.common.Roles;
import no.minside.common.TimeSource;
import no.minside.plans.PlanRepository;
import no.minside.staff.StaffQueue;

import java.util.Set;

/** The case officers' queue on the staff home page: referred plans, and those past the answer time promised. */
@ApplicationScoped
public class ReferredPlansQueue implements StaffQueue {

    private final PlanRepository plans;
    private final TimeSource time;

    ReferredPlansQueue(PlanRepository plans, TimeSource time) {
        this.plans = plans;
        this.time = time;
    }

    @Override
    public String key() {
        return "plans";
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.OFFICER, Roles.ADMIN);
    }

    @Override
    public String path() {
        return "/staff/plans";
    }

    @Override
    @Transactional
    public Counts counts() {
        long[] counts = plans.countReferred(time.now());
        return new Counts(counts[0], counts[1]);
    }
}
