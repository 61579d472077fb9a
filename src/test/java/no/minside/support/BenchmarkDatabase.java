package no.minside.support;

import no.minside.devdata.EmbeddedDatabase;

import java.nio.file.Path;

/** Starts the embedded PostgreSQL for src/test/perf/pages.sh, prints its JDBC URL and runs until killed. */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = EmbeddedDatabase.start(Path.of("target", "bench-postgres"), false);
        System.out.println("JDBC_URL=" + url);
        System.out.flush();
        Thread.currentThread().join();
    }
}
