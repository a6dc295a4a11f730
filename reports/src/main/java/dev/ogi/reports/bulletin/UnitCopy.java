package dev.ogi.reports.bulletin;

import dev.ogi.reports.text.ChineseText;
import java.util.Optional;

/**
 * The text of the e-mail that carries a bulletin: a unit's own copy opens with its own standing
 * and its full list of what to fix, then the bulletin's gist; the full text is attached. Pure.
 */
public final class UnitCopy {

    private UnitCopy() {
    }

    /** @param unitCode the recipient's unit, if the recipient belongs to one covered by the bulletin */
    public static String bodyText(BulletinInput input, BulletinDocument document, Optional<String> unitCode) {
        StringBuilder text = new StringBuilder();
        Optional<String> ownUnit = unitCode.filter(code -> input.units().stream().anyMatch(u -> u.code().equals(code)));
        if (ownUnit.isPresent()) {
            text.append(BulletinComposer.unitSummaryLine(input, ownUnit.get())).append("\n");
            document.criticised().stream().filter(c -> c.code().equals(ownUnit.get())).findFirst().ifPresent(c ->
                    text.append("贵单位被通报批评，存在的问题：").append(String.join("；", c.overdueItems()))
                            .append("。请立即整改：").append(String.join("；", c.actions().stream().distinct().toList()))
                            .append("。\n"));
            if (document.commendedUnitCodes().contains(ownUnit.get())) {
                text.append("贵单位按时完成了全部已到期工作任务，本期通报予以表扬。\n");
            }
        }
        text.append("\n").append(input.issuer()).append("印发《").append(document.title()).append("》（第")
                .append(document.number()).append("期，").append(ChineseText.date(document.issuedOn()))
                .append("），数据截至").append(ChineseText.date(document.asOf())).append("。本期通报表扬")
                .append(document.commendedUnitCodes().size()).append("个单位，通报批评").append(document.criticised().size())
                .append("个单位。通报全文见附件（PDF）。\n");
        return text.toString();
    }
}
