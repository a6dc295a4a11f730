package dev.ogi.server.declarations;

import dev.ogi.server.auth.User;
import dev.ogi.server.core.AsOfClock;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The office's review queue: counts per step and every waiting version, overdue ones flagged. */
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
public record ReviewQueueResource(DeclarationService declarations, AsOfClock asOf) {

    @GET
    @RolesAllowed({"office", "leader"})
    public Views.Queue queue(@Auth User user, @QueryParam("campaign") String campaign, @QueryParam("asOf") String day) {
        return declarations.reviews().queue(UnitDeclarationsResource.actor(user), campaign, asOf.resolve(day));
    }
}
