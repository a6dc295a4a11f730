package dev.ogi.reports.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How scores word dates and numbers in Chinese. */
public final class ZhText {

    private ZhText() {
    }

    /** 2007年11月03日 */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + two(day.getMonthValue()) + "月" + two(day.getDayOfMonth()) + "日";
    }

    /** Points without trailing zeros: 10, 7.5, 11.67. */
    public static String points(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A share as a percentage with one decimal at most: 91.7%, 95%. */
    public static String percent(double share) {
        return points(Math.round(share * 1000) / 10.0) + "%";
    }

    /** Rounded to 2 decimals, the precision every score is kept at. */
    public static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
