package dev.ogi.crawlers.judge;

import java.util.regex.Pattern;

/**
 * The one set of phone and e-mail shapes used to judge a guide's contact elements; public so the
 * server's contact check and field validator can use the same shapes instead of their own.
 */
public final class ContactPatterns {

    /** A Chinese fixed line with optional area code, a mobile number, or a bare local number. */
    public static final String PHONE = "(?:\\(?0\\d{2,3}\\)?-?\\d{7,8}|1[3-9]\\d{9}|\\d{7,8})";
    /** An e-mail address with bounded parts (no catastrophic backtracking on long input). */
    public static final String EMAIL =
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,5}";

    private static final Pattern WHOLE_PHONE = Pattern.compile(PHONE);
    private static final Pattern WHOLE_EMAIL = Pattern.compile(EMAIL);

    private ContactPatterns() {
    }

    /** Whether the value, spaces and hyphens around it trimmed, is one phone number. */
    public static boolean isPhone(String value) {
        return value != null && WHOLE_PHONE.matcher(value.strip()).matches();
    }

    /** Whether the value, trimmed, is one e-mail address. */
    public static boolean isEmail(String value) {
        return value != null && WHOLE_EMAIL.matcher(value.strip()).matches();
    }
}
