package dev.ogi.crawlers.judge;

import java.util.regex.Pattern;

/**
 * Pages that look like a guide and are not: an index that lists several units' guides, and the
 * 依申请公开 instructions (申请须知, 办理流程), which carry a full contact block too.
 */
final class FalseGuides {

    /** Links to guides on one page that make it an index of guides rather than a guide. */
    static final int INDEX_LINKS = 3;

    private static final Pattern INSTRUCTIONS_TITLE = Pattern.compile(
            "申请须知|公开须知|办理流程|申请流程|办事流程|依申请公开指南|申请指南|申请指引|办事指南|申请办法");
    private static final Pattern PROCEDURE = Pattern.compile("申请须知|办理流程|申请流程|申请表");

    private FalseGuides() {
    }

    /** The title or the first heading (later headings may be a real guide's own 申请流程 section). */
    static boolean instructionsTitle(ParsedPage page) {
        if (INSTRUCTIONS_TITLE.matcher(Texts.compact(page.title())).find()) {
            return true;
        }
        return !page.headings().isEmpty() && INSTRUCTIONS_TITLE.matcher(Texts.compact(page.headings().get(0))).find();
    }

    static boolean procedureWords(String content) {
        return PROCEDURE.matcher(content).find();
    }

    /** How many distinct links on the page are labelled as a guide. */
    static int guideLinks(ParsedPage page) {
        return (int) page.links().stream()
                .filter(l -> l.text().contains("指南") && !l.text().contains("依申请"))
                .map(l -> l.url().toString())
                .distinct()
                .count();
    }
}
