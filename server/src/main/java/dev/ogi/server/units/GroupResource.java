package dev.ogi.server.units;

import dev.ogi.reports.rank.UnitGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The groups units are ranked within, in the order they are shown, so the pages need not list them. */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    /** One group: {@code label} as stored and sent back, {@code name} as documents write it. */
    public record Group(String label, String name, String alias) {
    }

    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public List<Group> list() {
        return Arrays.stream(UnitGroup.values()).map(g -> new Group(g.label(), g.proseName(), g.alias())).toList();
    }
}
