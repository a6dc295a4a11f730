package dev.ogi.server.scores;

import dev.ogi.reports.campaign.Milestone;
import dev.ogi.reports.score.MilestoneScore;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.reports.text.ChineseText;
import dev.ogi.server.scores.ScoreViews.GroupRanking;
import dev.ogi.server.scores.ScoreViews.RankRow;
import dev.ogi.server.scores.ScoreViews.RankingsResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The ranking as an Excel workbook: one sheet per group, Chinese headers, one row per unit. */
final class RankingWorkbook {

    private RankingWorkbook() {
    }

    static byte[] write(ScoreSnapshot snapshot, RankingsResponse rankings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            List<Milestone> milestones = snapshot.campaign().milestones();
            for (GroupRanking group : rankings.rankings()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(group.group()));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(snapshot.campaign().title() + " · " + group.group() + "排名（截至"
                        + ChineseText.date(snapshot.asOf()) + "，权重版本 " + snapshot.campaign().weightsVersion() + "）");
                title.getCell(0).setCellStyle(header);
                List<String> headers = new ArrayList<>(List.of("排名", "名次变化", "单位代码", "单位名称", "得分", "满分"));
                milestones.forEach(m -> headers.add(m.id() + " " + m.title()));
                Row head = sheet.createRow(2);
                for (int i = 0; i < headers.size(); i++) {
                    head.createCell(i).setCellValue(headers.get(i));
                    head.getCell(i).setCellStyle(header);
                }
                int r = 3;
                for (RankRow row : group.rows()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.rank());
                    line.createCell(1).setCellValue(change(row.change()));
                    line.createCell(2).setCellValue(row.code());
                    line.createCell(3).setCellValue(row.name());
                    line.createCell(4).setCellValue(row.total());
                    line.createCell(5).setCellValue(row.max());
                    UnitScore score = snapshot.byCode().get(row.code());
                    for (int m = 0; m < milestones.size(); m++) {
                        String id = milestones.get(m).id();
                        line.createCell(6 + m).setCellValue(
                                score == null ? "" : score.milestone(id).map(RankingWorkbook::status).orElse(""));
                    }
                }
                sheet.setColumnWidth(3, 36 * 256);
                for (int c = 6; c < headers.size(); c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
                sheet.createFreezePane(0, 3);
            }
            if (rankings.rankings().isEmpty()) {
                workbook.createSheet("排名").createRow(0).createCell(0).setCellValue("没有可排名的单位");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the ranking workbook cannot be written: " + e.getMessage(), e);
        }
    }

    private static String change(Integer change) {
        if (change == null) {
            return "—";
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "持平";
    }

    private static String status(MilestoneScore milestone) {
        return switch (milestone.status()) {
            case met_late -> milestone.status().label() + "（逾期" + milestone.daysLate() + "天）";
            default -> milestone.status().label();
        };
    }
}
