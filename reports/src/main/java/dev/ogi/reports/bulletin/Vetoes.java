package dev.ogi.reports.bulletin;

import dev.ogi.reports.bulletin.BulletinDocument.Block;
import dev.ogi.reports.bulletin.BulletinDocument.Paragraph;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.reports.text.ChineseText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The veto items (单项否决) of a bulletin: read from the scores' reasons, which word a veto item as
 * {@code 单项否决：<item>（<evidence>；请<action>）}, and named in 三、存在的问题 unit by unit with
 * the evidence, whatever milestone is due (a veto item holds as of any day).
 */
final class Vetoes {

    private Vetoes() {
    }

    /** The veto items of a unit's score, in campaign order. */
    static List<Veto> of(UnitScore score) {
        return score.vetoes().stream().map(Vetoes::of).toList();
    }

    static Veto of(IndicatorScore indicator) {
        String reason = indicator.reasonZh().substring(indicator.reasonZh().indexOf('：') + 1);
        int open = reason.indexOf('（');
        int close = reason.lastIndexOf('）');
        if (open < 0 || close < open) {
            return new Veto(indicator.indicatorId(), reason.strip(), "");
        }
        String evidence = Arrays.stream(reason.substring(open + 1, close).split("；"))
                .filter(part -> !part.startsWith("请"))
                .collect(Collectors.joining("；"));
        return new Veto(indicator.indicatorId(), reason.substring(0, open).strip(), evidence);
    }

    /** Whether the unit has any veto item (it is then not commended). */
    static boolean any(UnitStanding unit) {
        return !unit.vetoes().isEmpty();
    }

    /**
     * The 单项否决 part of 三、存在的问题, numbered {@code n}: one line per unit with each item and its
     * evidence; nothing when no unit has a veto item.
     */
    static List<Block> blocks(List<UnitStanding> unitsInOrder, int n) {
        List<UnitStanding> vetoed = unitsInOrder.stream().filter(Vetoes::any).toList();
        if (vetoed.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        String items = vetoed.stream().flatMap(u -> u.vetoes().stream()).map(Veto::item).distinct()
                .collect(Collectors.joining("、"));
        blocks.add(new Paragraph(ChineseText.item(n) + "单项否决。", "以下" + vetoed.size() + "个单位存在单项否决问题（"
                + items + "），要立即整改，并将整改情况报省政府办公厅："));
        int k = 0;
        for (UnitStanding unit : vetoed) {
            k++;
            String lines = unit.vetoes().stream()
                    .map(v -> v.evidence().isEmpty() ? v.item() : v.item() + "：" + v.evidence())
                    .collect(Collectors.joining("；"));
            blocks.add(new Paragraph(k + ". " + unit.name() + "：", lines + "。"));
        }
        return blocks;
    }
}
