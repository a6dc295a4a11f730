package dev.ogi.server.units;

import dev.ogi.reports.rank.UnitGroup;
import dev.ogi.server.core.Instants;
import dev.ogi.server.core.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The unit registry's rules: imports are all or nothing; edits are validated. */
public record UnitService(Jdbi jdbi, Clock clock) {

    /** What an import did. */
    public record ImportResult(int added, int updated, int total) {
    }

    public List<Unit> list(boolean includeInactive) {
        UnitDao dao = jdbi.onDemand(UnitDao.class);
        return includeInactive ? dao.listAll() : dao.listActive();
    }

    public Optional<Unit> find(String code) {
        return jdbi.onDemand(UnitDao.class).find(code);
    }

    public Unit require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("没有代码为 " + code + " 的单位"));
    }

    /**
     * Imports a registry CSV: new codes are added, known ones updated, others left as they are.
     * Nothing is written unless every row is good.
     *
     * @throws UnitImportException with every bad row's line and reason
     */
    public ImportResult importCsv(byte[] content) {
        UnitCsv.Parsed parsed = UnitCsv.parse(content);
        if (!parsed.ok()) {
            throw new UnitImportException(parsed.errors());
        }
        return jdbi.inTransaction(handle -> {
            UnitDao dao = handle.attach(UnitDao.class);
            Set<String> known = new HashSet<>();
            dao.listAll().forEach(u -> known.add(u.code()));
            Set<String> inFile = new HashSet<>();
            parsed.rows().forEach(r -> inFile.add(r.code()));
            List<UnitCsv.RowError> errors = new ArrayList<>();
            for (UnitCsv.Row row : parsed.rows()) {
                if (row.parentCode() != null && !known.contains(row.parentCode()) && !inFile.contains(row.parentCode())) {
                    errors.add(new UnitCsv.RowError(row.line(), "上级单位 " + row.parentCode() + " 不存在"));
                }
            }
            if (!errors.isEmpty()) {
                throw new UnitImportException(errors);
            }
            String now = Instants.text(clock.instant());
            int added = 0;
            int updated = 0;
            // parents first, so the foreign key holds whatever order the file has
            List<UnitCsv.Row> ordered = new ArrayList<>(parsed.rows());
            ordered.sort((a, b) -> Boolean.compare(a.parentCode() != null, b.parentCode() != null));
            for (UnitCsv.Row row : ordered) {
                Optional<Unit> existing = dao.find(row.code());
                if (existing.isPresent()) {
                    Unit changed = existing.get().withRegistryFields(row.name(), row.shortName(), row.group(),
                            row.parentCode(), row.homepage());
                    // a file without the optional column leaves the entry pages as they are
                    dao.update(parsed.hasOgiUrl() ? changed.withOgiUrl(row.ogiUrl()) : changed, now);
                    updated++;
                } else {
                    dao.insert(new Unit(row.code(), row.name(), row.shortName(), row.group(), row.parentCode(),
                            row.homepage(), null, null, null, null, true, row.ogiUrl()), now);
                    added++;
                }
            }
            return new ImportResult(added, updated, dao.count());
        });
    }

    /** Adds or replaces one unit, checked as an import row would be. */
    public Unit save(Unit unit) {
        List<String> problems = new ArrayList<>();
        if (unit.code() == null || !unit.code().matches("[A-Za-z0-9_-]{1,32}")) {
            problems.add("单位代码无效：只能由字母、数字、- 和 _ 组成，最长32位");
        }
        if (unit.name() == null || unit.name().isBlank()) {
            problems.add("单位名称不能为空");
        }
        for (String problem : new String[] {
                UnitCsv.lengthProblem("单位名称", unit.name(), UnitCsv.MAX_NAME),
                UnitCsv.lengthProblem("简称", unit.shortName(), UnitCsv.MAX_SHORT_NAME),
                UnitCsv.lengthProblem("网站地址", unit.homepage(), UnitCsv.MAX_HOMEPAGE),
                UnitCsv.lengthProblem("政府信息公开入口", unit.ogiUrl(), UnitCsv.MAX_HOMEPAGE),
                blankToNull(unit.ogiUrl()) == null ? null : UnitCsv.ogiUrlProblem(unit.ogiUrl().strip()),
                UnitCsv.lengthProblem("上级单位代码", unit.parentCode(), 32),
                UnitCsv.lengthProblem("信息公开工作机构", unit.officeName(), UnitCsv.MAX_OFFICE_FIELD),
                UnitCsv.lengthProblem("办公地址", unit.officeAddress(), UnitCsv.MAX_OFFICE_FIELD),
                UnitCsv.lengthProblem("联系电话", unit.officePhone(), 60),
                UnitCsv.lengthProblem("电子邮箱", unit.officeEmail(), 100)}) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        Optional<UnitGroup> group = UnitGroup.parse(unit.group());
        if (group.isEmpty()) {
            problems.add("分组无效，应为 " + UnitGroup.labels());
        }
        String homepage = blankToNull(unit.homepage());
        if (homepage != null && UnitCsv.homepageProblem(homepage) != null) {
            problems.add(UnitCsv.homepageProblem(homepage));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(String.join("；", problems));
        }
        Unit cleaned = new Unit(unit.code(), unit.name().strip(), blankToNull(unit.shortName()), group.get().label(),
                blankToNull(unit.parentCode()), UnitCsv.normaliseHomepage(homepage), blankToNull(unit.officeName()),
                blankToNull(unit.officeAddress()), blankToNull(unit.officePhone()), blankToNull(unit.officeEmail()),
                unit.active(), UnitCsv.normaliseHomepage(blankToNull(unit.ogiUrl())));
        if (cleaned.parentCode() != null && find(cleaned.parentCode()).isEmpty()) {
            throw DomainException.invalid("上级单位 " + cleaned.parentCode() + " 不存在");
        }
        String now = Instants.text(clock.instant());
        jdbi.useTransaction(handle -> {
            UnitDao dao = handle.attach(UnitDao.class);
            if (dao.update(cleaned, now) == 0) {
                dao.insert(cleaned, now);
            }
        });
        return cleaned;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
