package dev.ogi.server.crawls;

import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.UnitService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Crawl rounds: start one (the general office), list them, and follow the running one. */
@Path("/crawls")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlResource {

    private final RoundStarter starter;
    private final CrawlService crawls;
    private final UnitService units;

    public CrawlResource(RoundStarter starter, UnitService units) {
        this.starter = starter;
        this.crawls = starter.crawls();
        this.units = units;
    }

    /** Starts a round over every active unit in the background; 409 while one runs. */
    @POST
    @RolesAllowed("office")
    public Response start(@io.dropwizard.auth.Auth dev.ogi.server.auth.User user, @QueryParam("asOf") String asOfParameter) {
        return starter.start(user, "api", asOfParameter, units.list(false), null);
    }

    /** Rounds, newest first. */
    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public List<CrawlRound> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw DomainException.invalid("参数 limit 应在 1 到 1000 之间，而不是 " + limit);
        }
        return crawls.dao().rounds(limit);
    }

    /** The running round's progress (units done / total, pages fetched, errors), or the last round's. */
    @GET
    @Path("/current")
    @RolesAllowed({"office", "leader", "unit"})
    public CrawlService.Progress current() {
        return crawls.progress();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"office", "leader", "unit"})
    public CrawlRound round(@PathParam("id") long id) {
        return crawls.dao().round(id).orElseThrow(() -> DomainException.notFound("没有第 " + id + " 轮网站检查"));
    }
}
