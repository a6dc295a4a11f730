package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The small pieces of formal Chinese the bulletin is written with. */
public final class ChineseText {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** The group order bulletins use; groups not listed follow in name order. */
    public static final List<String> GROUP_ORDER = List.of("市州", "省直部门", "县(市、区)");

    private ChineseText() {
    }

    /** 2007年11月5日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1..99; larger numbers in Arabic digits). */
    public static String numeral(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** （一）, （二）, ... */
    public static String item(int n) {
        return "（" + numeral(n) + "）";
    }

    /** How a stored group is named in prose: 市州 → 市（州）. */
    public static String groupLabel(String group) {
        return switch (group) {
            case "市州" -> "市（州）";
            case "县(市、区)" -> "县（市、区）";
            default -> group;
        };
    }

    public static int groupOrder(String group) {
        int index = GROUP_ORDER.indexOf(group);
        return index < 0 ? GROUP_ORDER.size() : index;
    }

    /** A score as printed: one decimal. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** A share as a percentage with one decimal. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** Rank change as printed in the appendix. */
    public static String rankChange(java.util.Optional<Integer> rank, java.util.Optional<Integer> change) {
        if (rank.isEmpty()) {
            return "—";
        }
        if (change.isEmpty()) {
            return "新列入";
        }
        int places = change.get();
        if (places > 0) {
            return "上升" + places + "位";
        }
        if (places < 0) {
            return "下降" + (-places) + "位";
        }
        return "持平";
    }
}
