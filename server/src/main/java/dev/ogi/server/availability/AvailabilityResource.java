package dev.ogi.server.availability;

import dev.ogi.server.auth.User;
import dev.ogi.server.availability.AvailabilityViews.AllUnits;
import dev.ogi.server.availability.AvailabilityViews.UnitAvailability;
import dev.ogi.server.core.AsOfClock;
import dev.ogi.server.units.UnitService;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/availability}: every active unit's 7-day availability (the office and leaders);
 * {@code GET /api/units/{code}/availability}: one unit's days, window and latest failures, read
 * by the rule of every unit detail (the office, leaders, the unit itself).
 */
@Path("/availability")
@Produces(MediaType.APPLICATION_JSON)
public final class AvailabilityResource {

    private final Queries queries;

    public AvailabilityResource(Queries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({"office", "leader"})
    public AllUnits all(@QueryParam("asOf") String day) {
        return queries.all(day);
    }

    /** What both resources read: the service, over the active registry, as of the asked day. */
    public record Queries(AvailabilityService availability, UnitService units, AsOfClock asOf) {

        AllUnits all(String day) {
            return availability.all(units.list(false), asOf.resolve(day));
        }

        UnitAvailability unit(String code, String day) {
            units.require(code);
            return availability.unit(code, asOf.resolve(day));
        }
    }

    /** One unit's figure: a root resource of its own, beside the unit's other details. */
    @Path("/units/{code}/availability")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class OfUnit {

        private final Queries queries;

        public OfUnit(Queries queries) {
            this.queries = queries;
        }

        @GET
        @RolesAllowed({"office", "leader", "unit"})
        public UnitAvailability unit(@Auth User user, @PathParam("code") String code, @QueryParam("asOf") String day) {
            user.requireCanSeeUnit(code);
            return queries.unit(code, day);
        }
    }
}
