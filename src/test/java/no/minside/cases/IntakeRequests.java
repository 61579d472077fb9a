package no.minside.cases;

import no.minside.support.Fixtures;

import java.util.Map;

import static no.minside.support.Json.array;
import static no.minside.support.Json.object;

/** Valid intake request bodies for tests to send as they are or to break one field at a time. */
public final class IntakeRequests {

    private IntakeRequests() {
    }

    public static Map<String, Object> consumer() {
        return consumer(Fixtures.reference(), Fixtures.nationalId());
    }

    public static Map<String, Object> consumer(String reference, String nationalId) {
        return object(
                "creditorReference", reference,
                "debtor", object(
                        "kind", "CONSUMER",
                        "nationalId", nationalId,
                        "name", "Kari Nordmann",
                        "address", object("street", "Storgata 1", "postalCode", "0155", "city", "Oslo"),
                        "email", "kari@example.no",
                        "phone", "+4791234567"),
                "claims", array(object(
                        "invoiceNumber", "10042",
                        "description", "Strøm oktober",
                        "principal", "1200.00",
                        "dueDate", "2025-09-01")));
    }

    /**
     * A case moved from another system: one claim of 1 000.00 due 2024-03-01, collection notice sent 2024-03-20,
     * payment demand 2024-04-04 (deadline 2024-04-18); the tests that use it work its figures out by hand.
     */
    public static Map<String, Object> movedIn2024() {
        Map<String, Object> request = consumer();
        no.minside.support.Json.set(request, "claims[0].principal", "1000.00");
        no.minside.support.Json.set(request, "claims[0].dueDate", "2024-03-01");
        request.put("collectionNoticeSentOn", "2024-03-20");
        request.put("paymentDemandSentOn", "2024-04-04");
        return request;
    }

    public static Map<String, Object> business() {
        Map<String, Object> request = consumer();
        @SuppressWarnings("unchecked")
        Map<String, Object> debtor = (Map<String, Object>) request.get("debtor");
        debtor.remove("nationalId");
        debtor.put("kind", "BUSINESS");
        debtor.put("organisationNumber", Fixtures.organisationNumber());
        debtor.put("name", "Fjordkraft Testbedrift AS");
        return request;
    }
}
