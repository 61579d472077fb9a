package no.minside.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only pages that fail on purpose, to check what a person sees when something breaks. */
@Path("/test-only")
public class FailingResource {

    @GET
    @Path("/boom")
    @Produces(MediaType.TEXT_HTML)
    public String boom() {
        throw new IllegalStateException("Simulated failure for debtor 15038520072");
    }

    @GET
    @Path("/database-down")
    @Produces(MediaType.TEXT_HTML)
    public String databaseDown() {
        throw new org.hibernate.exception.JDBCConnectionException("Connection refused",
                new java.sql.SQLException("Connection to localhost:5432 refused"));
    }

    @GET
    @Path("/api-boom")
    @Produces(MediaType.APPLICATION_JSON)
    public String apiBoom() {
        throw new IllegalStateException("Simulated failure");
    }
}
