package no.minside.support;

import no.minside.devdata.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the embedded PostgreSQL for the scripts in src/test/perf, prints its JDBC URL and runs until killed. It loads
 * pg_stat_statements, so that the benchmark can count the SQL statements a request costs.
 * {@code -Dbench.data-dir=DIR} puts the cluster elsewhere than target/bench-postgres; {@code -Dbench.keep-data=true}
 * keeps it between runs, so national-scale data generated once (generate.sh) serves later measurements.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDirectory = Path.of(System.getProperty("bench.data-dir", "target/bench-postgres"));
        boolean keepData = Boolean.getBoolean("bench.keep-data");
        String url = EmbeddedDatabase.start(dataDirectory, keepData,
                Map.of("shared_preload_libraries", "pg_stat_statements"));
        System.out.println("JDBC_URL=" + url);
        System.out.flush();
        Thread.currentThread().join();
    }
}
