package no.minside.devdata.bench;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;

/**
 * The benchmark's baseline page (src/test/perf/bench.sh), TechEmpower's Fortunes in this stack: select all rows,
 * add one in memory, sort by message, render an escaped HTML table with Qute. No login, no session, no layout. Only
 * in a build with the benchmark profile: in any other build this class is removed and the path is 404
 * (BenchmarkBaselineAbsentTest, PackagedAppIT).
 */
@Path(FortuneResource.PATH)
@Produces(MediaType.TEXT_HTML)
@IfBuildProfile("benchmark")
public class FortuneResource {

    public static final String PATH = "/bench/fortunes";

    @CheckedTemplate(basePath = "bench")
    static class Templates {
        static native TemplateInstance fortunes(List<Fortune> fortunes);
    }

    private final FortuneService fortunes;

    FortuneResource(FortuneService fortunes) {
        this.fortunes = fortunes;
    }

    @GET
    public TemplateInstance fortunes() {
        List<Fortune> fortunes = this.fortunes.all();
        fortunes.add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.sort(Comparator.comparing(Fortune::message));
        return Templates.fortunes(fortunes);
    }
}
