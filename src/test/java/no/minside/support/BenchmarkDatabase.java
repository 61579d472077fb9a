package no.minside.support;

import no.minside.devdata.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the embedded PostgreSQL for src/test/perf/bench.sh, prints its JDBC URL and runs until killed. It loads
 * pg_stat_statements, so that the benchmark can count the SQL statements a request costs.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = EmbeddedDatabase.start(Path.of("target", "bench-postgres"), false,
                Map.of("shared_preload_libraries", "pg_stat_statements"));
        System.out.println("JDBC_URL=" + url);
        System.out.flush();
        Thread.currentThread().join();
    }
}
