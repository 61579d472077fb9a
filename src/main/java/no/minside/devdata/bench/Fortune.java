package no.minside.devdata.bench;

/** One row of the benchmark's fortune table. */
public record Fortune(int id, String message) {
}
