package no.minside.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's content version (V14, V19) moves once in every transaction that changes the case or any of its rows,
 * however many rows it writes, and not at all while the case is being opened: other sessions see a transaction's
 * rows and its version together, at its commit, so one move is all a kept view needs.
 */
@QuarkusTest
class ContentVersionTest {

    @Inject
    Fixtures fixtures;

    @Test
    void openingACaseLeavesItAtVersionZero() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        // The intake wrote the case, a claim, two events and a letter in one transaction.
        assertThat(version(c)).isZero();
    }

    @Test
    void aTransactionThatWritesManyRowsOfACaseMovesItsVersionOnce() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long caseId = fixtures.caseId(c.caseNumber());

        QuarkusTransaction.requiringNew().run(() -> {
            addEvent(caseId);
            addEvent(caseId);
            fixtures.execute("update claim set description = 'Endret' where case_id = ?1", caseId);
        });
        assertThat(version(c)).isEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> {
            fixtures.execute("update collection_case set closed_on = null where id = ?1", caseId);
            addEvent(caseId);
        });
        assertThat(version(c)).isEqualTo(2);
    }

    @Test
    void everyTransactionThatChangesACaseMovesItsVersion() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long caseId = fixtures.caseId(c.caseNumber());

        addEvent(caseId);
        assertThat(version(c)).isEqualTo(1);
        fixtures.execute("delete from case_event where case_id = ?1 and detail = 'version test'", caseId);
        assertThat(version(c)).isEqualTo(2);
        fixtures.execute("update collection_case set closed_on = null where id = ?1", caseId);
        assertThat(version(c)).isEqualTo(3);
        fixtures.execute("update debtor set name = 'Nytt Navn' where id = (select debtor_id from collection_case "
                + "where id = ?1)", caseId);
        assertThat(version(c)).isEqualTo(4);
    }

    @Test
    void aCaseWrittenBeforeTheWriterWasRecordedStillMoves() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        long caseId = fixtures.caseId(c.caseNumber());
        // Rows from before V19 have no writer; the trigger that records it must not count as this one's write.
        QuarkusTransaction.requiringNew().run(() -> {
            fixtures.execute("alter table collection_case disable trigger collection_case_content");
            fixtures.execute("update collection_case set content_written_by = null where id = ?1", caseId);
            fixtures.execute("alter table collection_case enable trigger collection_case_content");
        });
        assertThat(version(c)).isZero();
        addEvent(caseId);
        assertThat(version(c)).isEqualTo(1);
    }

    private void addEvent(long caseId) {
        fixtures.execute("insert into case_event (case_id, type, occurred_on, detail) values (?1, 'LEGAL_STEP', "
                + "current_date, 'version test')",
                caseId);
    }

    private long version(Fixtures.OpenedCase c) {
        return ((Number) fixtures.single("select content_version from collection_case where case_number = ?1",
                c.caseNumber())).longValue();
    }
}
