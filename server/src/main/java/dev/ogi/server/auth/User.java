package dev.ogi.server.auth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ogi.server.core.DomainException;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in account: the principal every resource receives as {@code @Auth User user}.
 *
 * @param role one of {@link #OFFICE} (the general office: everything), {@link #LEADER} (reads
 *     everything, changes nothing) or {@link #UNIT} (bound to {@code unitCode})
 * @param unitCode the unit a {@code unit} account belongs to; empty for the other roles
 */
public record User(String username, String role, Optional<String> unitCode) implements Principal {

    public static final String OFFICE = "office";
    public static final String LEADER = "leader";
    public static final String UNIT = "unit";
    public static final List<String> ROLES = List.of(OFFICE, LEADER, UNIT);

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        unitCode = unitCode == null ? Optional.empty() : unitCode;
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + "; expected one of " + ROLES);
        }
        if (role.equals(UNIT) && unitCode.isEmpty()) {
            throw new IllegalArgumentException("a unit account needs a unit code");
        }
        if (!role.equals(UNIT) && unitCode.isPresent()) {
            throw new IllegalArgumentException("only unit accounts are bound to a unit");
        }
    }

    @Override
    @JsonIgnore
    public String getName() {
        return username;
    }

    @JsonIgnore
    public boolean isOffice() {
        return role.equals(OFFICE);
    }

    @JsonIgnore
    public boolean isLeader() {
        return role.equals(LEADER);
    }

    @JsonIgnore
    public boolean isUnit() {
        return role.equals(UNIT);
    }

    /** Whether this account may read what is private to a unit (its declarations, its re-checks). */
    public boolean canSeeUnitPrivate(String code) {
        return isOffice() || isLeader() || unitCode.map(own -> own.equals(code)).orElse(false);
    }

    /** Whether this account may change a unit's own things (file its declarations, re-check its site). */
    public boolean canActForUnit(String code) {
        return isOffice() || unitCode.map(own -> own.equals(code)).orElse(false);
    }

    /** @throws DomainException 403 unless {@link #canSeeUnitPrivate(String)} */
    public void requireCanSeeUnit(String code) {
        if (!canSeeUnitPrivate(code)) {
            throw DomainException.notAllowed("当前账号只能查看本单位（" + unitCode.orElse("") + "）的信息，无权查看单位 " + code);
        }
    }

    /** @throws DomainException 403 unless {@link #canActForUnit(String)} */
    public void requireCanActForUnit(String code) {
        if (!canActForUnit(code)) {
            throw DomainException.notAllowed(isLeader()
                    ? "领导账号只能查看，不能修改"
                    : "当前账号只能办理本单位（" + unitCode.orElse("") + "）的事项，无权操作单位 " + code);
        }
    }
}
