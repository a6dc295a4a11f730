package dev.ogi.reports.bulletin;

/**
 * A veto item (单项否决) a unit has as of the bulletin, in the bulletin's words.
 *
 * @param indicatorId the campaign's indicator that failed as a veto item
 * @param item        what the item is, e.g. 站点无法访问
 * @param evidence    what shows it, e.g. 近7天首页可用率91.2%，低于95%
 */
public record Veto(String indicatorId, String item, String evidence) {
}
