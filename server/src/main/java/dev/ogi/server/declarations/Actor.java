package dev.ogi.server.declarations;

import dev.ogi.server.core.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting on declarations, as the service sees it. The service checks every permission
 * itself (not only the API), so a demo step or a command is held to the same rules.
 *
 * @param role office (reviews, may file for a unit), leader (reads only) or unit (files its own)
 */
public record Actor(String username, String role, Optional<String> unitCode) {

    public static final String OFFICE = "office";
    public static final String LEADER = "leader";
    public static final String UNIT = "unit";

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        unitCode = unitCode == null ? Optional.empty() : unitCode;
    }

    public static Actor office(String username) {
        return new Actor(username, OFFICE, Optional.empty());
    }

    public static Actor leader(String username) {
        return new Actor(username, LEADER, Optional.empty());
    }

    public static Actor unit(String username, String unitCode) {
        return new Actor(username, UNIT, Optional.of(unitCode));
    }

    public boolean isOffice() {
        return OFFICE.equals(role);
    }

    public boolean isUnit() {
        return UNIT.equals(role);
    }

    boolean ownsUnit(String code) {
        return isUnit() && unitCode.map(code::equals).orElse(false);
    }

    /** Office and leaders read every unit's declarations; a unit reads only its own. */
    void requireCanRead(String code) {
        if (!(isOffice() || LEADER.equals(role) || ownsUnit(code))) {
            throw DomainException.notAllowed("当前账号只能查看本单位的填报，无权查看单位 " + code + " 的填报");
        }
    }

    /** A unit files its own declarations; the office may file on a unit's behalf (e.g. a paper return). */
    void requireCanFile(String code) {
        if (LEADER.equals(role)) {
            throw DomainException.notAllowed("领导账号只能查看，不能填报");
        }
        if (!(isOffice() || ownsUnit(code))) {
            throw DomainException.notAllowed("当前账号只能为本单位填报，无权为单位 " + code + " 填报");
        }
    }

    /** Only the general office reviews; a unit never reviews, not even another unit's filing. */
    void requireCanReview() {
        if (!isOffice()) {
            throw DomainException.notAllowed(isUnit() ? "单位账号不能审核填报，审核由省政府办公厅负责" : "领导账号只能查看，不能审核");
        }
    }

    void requireCanSeeQueue() {
        if (!(isOffice() || LEADER.equals(role))) {
            throw DomainException.notAllowed("审核队列仅供省政府办公厅和领导查看");
        }
    }
}
