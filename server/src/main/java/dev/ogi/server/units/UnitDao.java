package dev.ogi.server.units;

import dev.ogi.reports.rank.UnitGroup;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The unit registry. */
@RegisterConstructorMapper(Unit.class)
public interface UnitDao {

    String COLUMNS = "code, name, short_name, unit_group AS \"group\", parent_code, homepage, office_name, "
            + "office_address, office_phone, office_email, active, ogi_url";

    /** Every unit in the order they are shown: by group ({@link UnitGroup}'s order), then code. */
    default List<Unit> listAll() {
        return inShownOrder(listAllByCode());
    }

    /** The active units in the order they are shown. */
    default List<Unit> listActive() {
        return inShownOrder(listActiveByCode());
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM units ORDER BY code")
    List<Unit> listAllByCode();

    @SqlQuery("SELECT " + COLUMNS + " FROM units WHERE active = 1 ORDER BY code")
    List<Unit> listActiveByCode();

    private static List<Unit> inShownOrder(List<Unit> byCode) {
        return byCode.stream().sorted(Comparator.comparingInt((Unit u) -> UnitGroup.order(u.group()))).toList();
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM units WHERE code = :code")
    Optional<Unit> find(String code);

    @SqlQuery("SELECT count(*) FROM units")
    int count();

    @SqlUpdate("INSERT INTO units (code, name, short_name, unit_group, parent_code, homepage, office_name, office_address, "
            + "office_phone, office_email, active, ogi_url, created_at, updated_at) VALUES (:code, :name, :shortName, :group, "
            + ":parentCode, :homepage, :officeName, :officeAddress, :officePhone, :officeEmail, :active, :ogiUrl, :at, :at)")
    void insert(@BindMethods Unit unit, String at);

    @SqlUpdate("UPDATE units SET name = :name, short_name = :shortName, unit_group = :group, parent_code = :parentCode, "
            + "homepage = :homepage, office_name = :officeName, office_address = :officeAddress, office_phone = :officePhone, "
            + "office_email = :officeEmail, active = :active, ogi_url = :ogiUrl, updated_at = :at WHERE code = :code")
    int update(@BindMethods Unit unit, String at);
}
