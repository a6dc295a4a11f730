package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.model.WebsiteFinding.Column;
import dev.ogi.crawlers.model.WebsiteFinding.ColumnState;
import dev.ogi.crawlers.model.WebsiteFinding.ColumnType;
import dev.ogi.crawlers.model.WebsiteFinding.DatedLink;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Is the site kept current? Tells the homepage's column links (news, notices, policies, the OGI
 * column) from its other links, and judges a column by its newest dated item against its type's
 * limit (news two weeks, notices and policies six months).
 */
public final class FreshnessJudge {

    private static final String[] NOT_A_COLUMN = {"指南", "目录", "年报", "年度报告", "申请", "信箱", "咨询", "投诉",
            "举报", "建议", "留言", "办事", "下载", "更多"};
    private static final String[] EMPTY_WORDS = {"暂无", "建设中", "正在建设", "没有记录", "没有信息", "无记录", "无信息"};

    private FreshnessJudge() {
    }

    /** What kind of column a homepage link names, if it names one (a short menu text). */
    public static Optional<ColumnType> columnType(Link link) {
        String t = Texts.compact(link.text());
        if (t.length() < 2 || t.length() > 10 || Texts.containsAny(t, NOT_A_COLUMN)) {
            return Optional.empty();
        }
        if (Texts.containsAny(t, "信息公开", "政务公开")) {
            return Optional.of(ColumnType.OGI);
        }
        if (Texts.containsAny(t, "通知", "公告", "公示")) {
            return Optional.of(ColumnType.NOTICE);
        }
        if (Texts.containsAny(t, "政策", "文件", "法规")) {
            return Optional.of(ColumnType.POLICY);
        }
        if (Texts.containsAny(t, "新闻", "动态", "要闻", "资讯")) {
            return Optional.of(ColumnType.NEWS);
        }
        return Optional.empty();
    }

    /** The newest of the dated links. */
    public static Optional<DatedLink> newest(Collection<DatedLink> dated) {
        return dated.stream().max(Comparator.comparing(DatedLink::date));
    }

    /**
     * A column as read: current when its newest item is within its type's limit of {@code today},
     * empty when it holds no item (or says so), stale otherwise.
     *
     * @param dated    the dated items read on it (and their article pages)
     * @param undated  how many headline links it shows without any date found
     * @param pageText its compact text, for 暂无信息 and 建设中
     */
    public static Column column(ColumnType type, String name, String url, List<DatedLink> dated, int undated,
                                String pageText, LocalDate today) {
        Optional<DatedLink> latest = newest(dated);
        ColumnState state;
        if (latest.isPresent()) {
            long age = ChronoUnit.DAYS.between(latest.get().date(), today);
            state = age <= type.staleAfterDays() ? ColumnState.CURRENT : ColumnState.STALE;
        } else if (undated == 0 || Texts.containsAny(pageText, EMPTY_WORDS)) {
            state = ColumnState.EMPTY;
        } else {
            state = ColumnState.STALE; // items, none with a date to show they are new
        }
        return new Column(type, name, url, dated.size(), latest, state);
    }

    /** A column that could not be read (failed, robots, no time left). */
    public static Column unread(ColumnType type, String name, String url) {
        return new Column(type, name, url, 0, Optional.empty(), ColumnState.UNREAD);
    }
}
