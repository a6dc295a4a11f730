package dev.ogi.crawlers.judge;

import java.util.regex.Pattern;

/**
 * The one set of phone and e-mail shapes used to judge a guide's contact elements; public so the
 * server's contact check and field validator can use the same shapes instead of their own.
 */
public final class ContactPatterns {

    /** A mainland mobile number. */
    public static final String MOBILE = "1[3-9]\\d{9}";
    /** A fixed line with its area code: 028-86601234, 028 86601234, (028)86601234 or (028)-86601234. */
    public static final String LANDLINE = "(?:0\\d{2,3}[- ]?|\\(0\\d{2,3}\\)[- ]?)[2-9]\\d{6,7}";
    /** What a guide may write as a phone: a fixed line with optional area code, a mobile, or a bare local number. */
    public static final String PHONE = "(?:\\(?0\\d{2,3}\\)?-?\\d{7,8}|" + MOBILE + "|\\d{7,8})";
    /** A number inside running text: a fixed line with its area code, or a mobile not part of a longer digit run. */
    public static final String PHONE_IN_TEXT = LANDLINE + "|(?<!\\d)" + MOBILE + "(?!\\d)";
    /** One number as a form field holds it: a mobile (optionally +86), or a fixed line with an optional extension. */
    public static final String FORM_PHONE = "(?:\\+?86[- ]?)?" + MOBILE + "|" + LANDLINE + "(?:(?:-|转|分机|ext\\.?)\\d{1,6})?";
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
