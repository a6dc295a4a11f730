package dev.ogi.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The small pieces of Chinese every module writes with: dates, numbers, enumerations, group
 * names, and text as users type it. One place, so a date reads the same in a bulletin, a mail
 * and a spreadsheet.
 */
public final class ChineseText {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseText() {
    }

    /** 2007年11月5日: how every document dates things. */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /**
     * 2007年11月05日: only the score reasons (the API's {@code reasonZh}), whose wording outside
     * tools already match; everything else uses {@link #date}.
     */
    public static String paddedDate(LocalDate day) {
        return day.getYear() + "年" + two(day.getMonthValue()) + "月" + two(day.getDayOfMonth()) + "日";
    }

    /** Points without trailing zeros, at most two decimals: 10, 7.5, 11.67. */
    public static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A share as a percentage with one decimal at most: 91.7%, 95%. */
    public static String percent(double share) {
        return decimal(Math.round(share * 1000) / 10.0) + "%";
    }

    /** A part of a whole as a percentage with exactly one decimal: 95.0%; — for an empty whole. */
    public static String percentOf(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** A score as printed in bulletins: one decimal. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
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

    /** An enumeration: 甲、乙、丙. */
    public static String list(Collection<String> items) {
        return String.join("、", items);
    }

    /**
     * A unit's name as bulletins list many of them: 成都市人民政府 → 成都市, 四川省教育厅 → 省教育厅,
     * 四川省人民政府法制办公室 → 省政府法制办公室 (the province is the issuer's own, so it goes without saying).
     */
    public static String listName(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        if (n.endsWith("人民政府") && PROVINCE_PREFIX.matcher(n.substring(0, n.length() - 4)).matches()) {
            return n.substring(0, n.length() - 4);
        }
        java.util.regex.Matcher province = PROVINCE_PREFIX.matcher(n);
        if (province.lookingAt() && n.length() > province.end()) {
            n = "省" + n.substring(province.end());
            n = n.replaceFirst("^省人民政府(?=.)", "省政府");
        }
        if (n.endsWith("人民政府") && n.length() > "人民政府".length() + 1) {
            n = n.substring(0, n.length() - "人民政府".length());
        }
        return n;
    }

    private static final java.util.regex.Pattern PROVINCE_PREFIX = java.util.regex.Pattern.compile("[\\p{IsHan}]{2,3}省(?!委|会|直)");

    /** Rank change as printed in the appendix. */
    public static String rankChange(Optional<Integer> rank, Optional<Integer> change) {
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

    /** ０２８－８６６０１２３４ → 028-86601234, （028） → (028), ＠ → @; the ideographic space → space. */
    public static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' && c != '\uFF1B' && c != '\uFF1A') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
