package dev.ogi.server.auth;

import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.audit.AuditLog;
import dev.ogi.server.core.DomainException;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Accounts, managed by the general office. Password hashes never leave the server. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(User.OFFICE)
public record UserResource(AuthService auth, AuditLog audit) {

    public record UserView(String username, String role, String unitCode, String createdAt, boolean disabled) {
        static UserView of(UserRow row) {
            return new UserView(row.username(), row.role(), row.unitCode(), row.createdAt(), row.disabled());
        }
    }

    public record NewUser(String username, String role, String unitCode, String password) {
    }

    /** Any field left null is left as it is. */
    public record UserChange(String role, String unitCode, Boolean disabled, String password) {
    }

    @GET
    public List<UserView> list() {
        return auth.listUsers().stream().map(UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth User actor, NewUser user) {
        if (user == null) {
            throw DomainException.invalid("请求内容为空");
        }
        auth.createUser(user.username(), user.role(), user.unitCode(), user.password());
        UserView created = UserView.of(auth.findUser(user.username()).orElseThrow());
        audit.record(AuditActor.of(actor), "user.create", created.username(), null, created, null);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView change(@Auth User actor, @PathParam("username") String username, UserChange change) {
        if (change == null) {
            throw DomainException.invalid("请求内容为空");
        }
        if (actor.username().equals(username) && (Boolean.TRUE.equals(change.disabled())
                || (change.role() != null && !change.role().equals(User.OFFICE)))) {
            throw DomainException.invalid("不能停用自己的账号或取消自己的办公厅角色");
        }
        UserView before = auth.findUser(username).map(UserView::of).orElse(null);
        if (change.role() != null) {
            auth.changeRole(username, change.role(), change.unitCode());
        }
        if (change.password() != null) {
            auth.setPassword(username, change.password());
        }
        if (change.disabled() != null) {
            auth.setDisabled(username, change.disabled());
        }
        UserView after = UserView.of(auth.findUser(username).orElseThrow(() -> DomainException.notFound("没有账号 " + username)));
        // a password is never logged, only that it changed
        audit.record(AuditActor.of(actor), change.password() != null ? "user.update.password" : "user.update", username,
                before, after, null);
        return after;
    }
}
