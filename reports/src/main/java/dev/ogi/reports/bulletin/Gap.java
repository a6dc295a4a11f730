package dev.ogi.reports.bulletin;

/**
 * One thing a unit has not done for a milestone, in the bulletin's words.
 *
 * @param missing what is missing, e.g. 公开目录未上网公示
 * @param action  what the unit must do about it, e.g. 将公开目录在政府网站上网公示
 */
public record Gap(String missing, String action) {
}
