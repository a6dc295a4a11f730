package dev.ogi.server.declarations;

import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitService;
import java.time.LocalDate;
import java.util.Optional;

/** The guide and catalogue drafts generated from a unit's approved declarations. */
public record GeneratedDocuments(DeclarationService declarations, UnitService units) {

    static final String FILING = "filing";
    static final String READING_ROOM = "reading_room";

    /** The 政府信息公开指南 from the approved 组织机构 (and, when approved, the filing and reading room). */
    public GeneratedDocument guide(Actor actor, String unitCode, String campaignId, Integer year) {
        actor.requireCanRead(unitCode);
        Unit unit = units.require(unitCode);
        ApprovedDeclaration organisation = organisation(unitCode, campaignId);
        Optional<ApprovedDeclaration> filing = declarations.approved(unitCode, campaignId, FILING);
        Optional<ApprovedDeclaration> readingRoom = declarations.approved(unitCode, campaignId, READING_ROOM);
        return GuideGenerator.guide(unit, organisation, filing, readingRoom, year(year, filing));
    }

    /** The catalogue skeleton: needs the approved 组织机构 (for 前段码) and 信息梳理填报 (for the categories). */
    public GeneratedDocument catalogue(Actor actor, String unitCode, String campaignId, Integer year) {
        actor.requireCanRead(unitCode);
        Unit unit = units.require(unitCode);
        ApprovedDeclaration organisation = organisation(unitCode, campaignId);
        ApprovedDeclaration filing = declarations.approved(unitCode, campaignId, FILING)
                .orElseThrow(() -> DomainException.conflict("单位 " + unit.name()
                        + " 尚无审核通过的「信息梳理填报」，无法生成公开目录；请先填报各类信息条数并通过审核"));
        return GuideGenerator.catalogue(unit, organisation, filing, year(year, Optional.of(filing)));
    }

    private ApprovedDeclaration organisation(String unitCode, String campaignId) {
        return declarations.approved(unitCode, campaignId, ContactCheckService.ORGANISATION)
                .orElseThrow(() -> DomainException.conflict("单位 " + unitCode
                        + " 尚无审核通过的「组织机构」填报，无法生成；请先填报工作机构及联系方式并通过审核"));
    }

    /** The year of the index numbers: as asked, else the year filing finished, else the year of approval. */
    private static int year(Integer asked, Optional<ApprovedDeclaration> filing) {
        if (asked != null) {
            if (asked < 1990 || asked > 2100) {
                throw DomainException.invalid("参数 year 应为 1990 到 2100 之间的年份，收到 " + asked);
            }
            return asked;
        }
        return filing.flatMap(f -> f.text("filingFinished")).map(day -> LocalDate.parse(day).getYear())
                .or(() -> filing.map(f -> f.publishedAt().atZone(DeclarationService.ZONE).getYear()))
                .orElse(LocalDate.now(DeclarationService.ZONE).getYear());
    }
}
