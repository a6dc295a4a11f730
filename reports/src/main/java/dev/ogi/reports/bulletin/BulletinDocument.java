package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * A composed bulletin: its text in sections, ready to render, plus the facts behind the text
 * (who is commended, who is criticised and for what) so callers and tests need not parse prose.
 * All strings are plain text; renderers escape them.
 */
public record BulletinDocument(
        int number,
        String title,
        String issuer,
        LocalDate asOf,
        LocalDate issuedOn,
        String salutation,
        String introduction,
        List<Section> sections,
        String appendixTitle,
        String appendixNote,
        List<RankingTable> rankings,
        List<String> commendedUnitCodes,
        List<CriticisedUnit> criticised) {

    public BulletinDocument {
        sections = List.copyOf(sections);
        rankings = List.copyOf(rankings);
        commendedUnitCodes = List.copyOf(commendedUnitCodes);
        criticised = List.copyOf(criticised);
    }

    /** 一、总体进展 and the others: a heading and its blocks. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block of a section. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph, optionally opening with a lead in bold, e.g. "（一）组织保障。". */
    public record Paragraph(String lead, String text) implements Block {
        public Paragraph {
            lead = lead == null ? "" : lead;
        }
    }

    /** A table of figures. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The appendix table of one group. */
    public record RankingTable(String group, String groupLabel, List<RankingLine> lines) {
        public RankingTable {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One row of the appendix: rank (blank when unranked), unit, score, change since the last bulletin,
     * and the due milestones it has not met as short ids (M1、M5), or — when none.
     */
    public record RankingLine(String rank, String unitCode, String unitName, String score, String change, String missing) {
    }

    /**
     * A unit named in 通报批评.
     *
     * @param overdueItems each missing item with its deadline and days overdue, as printed
     * @param actions      what it must do, as printed under 下一步要求
     */
    public record CriticisedUnit(String code, String name, String group, List<String> overdueItems, List<String> actions) {
        public CriticisedUnit {
            overdueItems = List.copyOf(overdueItems);
            actions = List.copyOf(actions);
        }
    }
}
