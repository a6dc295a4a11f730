package dev.ogi.server.units;

import dev.ogi.reports.rank.UnitGroup;
import dev.ogi.server.core.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The unit registry: read by everyone signed in, changed by the general office. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
public record UnitResource(UnitService units, dev.ogi.server.audit.AuditLog audit) {

    @GET
    @RolesAllowed({"office", "leader", "unit"})
    public List<Unit> list(@QueryParam("group") String group, @QueryParam("includeInactive") boolean includeInactive) {
        List<Unit> all = units.list(includeInactive);
        if (group == null || group.isBlank()) {
            return all;
        }
        String label = UnitGroup.parse(group)
                .orElseThrow(() -> DomainException.invalid("分组 \"" + group + "\" 无效，应为 " + UnitGroup.labels()))
                .label();
        return all.stream().filter(u -> u.group().equals(label)).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"office", "leader", "unit"})
    public Unit get(@PathParam("code") String code) {
        return units.require(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("office")
    public Unit save(@io.dropwizard.auth.Auth dev.ogi.server.auth.User user, @PathParam("code") String code,
            UnitRequest unit) {
        if (unit == null) {
            throw DomainException.invalid("请求内容为空，应为单位的 JSON");
        }
        if (unit.code() != null && !unit.code().equals(code)) {
            throw DomainException.invalid("地址中的单位代码 " + code + " 与内容中的 " + unit.code() + " 不一致");
        }
        // absent means unchanged: an edit that leaves "active" out must not retire the unit
        boolean active = unit.active() != null ? unit.active() : units.find(code).map(Unit::active).orElse(true);
        // like active: an edit that leaves the entry page out keeps it
        String ogiUrl = unit.ogiUrl() != null ? unit.ogiUrl() : units.find(code).map(Unit::ogiUrl).orElse(null);
        java.util.Optional<Unit> before = units.find(code);
        Unit saved = units.save(new Unit(code, unit.name(), unit.shortName(), unit.group(), unit.parentCode(),
                unit.homepage(), unit.officeName(), unit.officeAddress(), unit.officePhone(), unit.officeEmail(), active,
                ogiUrl));
        audit.record(dev.ogi.server.audit.AuditActor.of(user), before.isPresent() ? "unit.update" : "unit.create", code,
                before.orElse(null), saved, unit.reason());
        return saved;
    }

    /** The registry as CSV, in the import format. */
    @GET
    @Path("/export.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({"office", "leader"})
    public Response export() {
        // a BOM so that Excel on a government PC opens it as UTF-8
        String csv = "\uFEFF" + UnitCsv.write(units.list(true));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"units.csv\"")
                .build();
    }

    /** Imports a registry CSV sent as the request body; refused whole with every bad row. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed("office")
    public UnitService.ImportResult importCsv(@io.dropwizard.auth.Auth dev.ogi.server.auth.User user,
            java.io.InputStream body) throws java.io.IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(UnitCsv.MAX_BYTES + 1);
        UnitService.ImportResult result = units.importCsv(content);
        audit.record(dev.ogi.server.audit.AuditActor.of(user), "unit.import", "registry", null, result,
                content.length + " bytes of CSV");
        return result;
    }

    /** A unit as a client sends it: {@code active} may be left out (then it stays as it is). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitRequest(String code, String name, String shortName, String group, String parentCode,
            String homepage, String officeName, String officeAddress, String officePhone, String officeEmail,
            Boolean active, String ogiUrl, String reason) {
    }

}
