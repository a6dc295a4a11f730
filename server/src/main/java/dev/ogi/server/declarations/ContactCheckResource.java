package dev.ogi.server.declarations;

import dev.ogi.server.auth.User;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The declared office contact against the one in the unit's crawled guide, for the unit page. */
@Path("/units/{code}/contact-check")
@Produces(MediaType.APPLICATION_JSON)
public record ContactCheckResource(ContactCheckService contacts) {

    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public ContactCheckService.ContactCheck check(@Auth User user, @PathParam("code") String code,
            @QueryParam("campaign") String campaign) {
        return contacts.check(UnitDeclarationsResource.actor(user), code, campaign);
    }
}
