package dev.ogi.server.declarations;

import dev.ogi.reports.text.ChineseText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.reports.campaign.DeclarationField;
import dev.ogi.reports.campaign.DeclarationType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Checks a declaration form against its type in the campaign file and turns it into the values
 * stored in {@code fields_json}. Every bad field gets its own message; the caller stores nothing
 * unless the list of errors is empty.
 */
public final class FieldValidator {

    static final int TEXT_MAX = 200;
    static final int LONGTEXT_MAX = 5000;
    static final int URL_MAX = 500;
    static final int EMAIL_MAX = 254;

    /**
     * One Chinese telephone number: a mobile (optionally +86), or a landline with its area code
     * written 028-86601234, 028 86601234, (028)86601234 or (028)-86601234, optionally with an
     * extension (-801, 转801, 分机801, ext801).
     */
    public static final Pattern PHONE = Pattern.compile(dev.ogi.crawlers.judge.ContactPatterns.FORM_PHONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_SEPARATOR = Pattern.compile("\\s*[、,;，；]\\s*");
    public static final Pattern EMAIL = Pattern.compile(dev.ogi.crawlers.judge.ContactPatterns.EMAIL);
    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final BigDecimal MONEY_MAX = new BigDecimal("100000000");

    /** The form as checked: the values to store (in the type's field order) and every error. */
    record Result(Map<String, Object> values, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private FieldValidator() {
    }

    /**
     * @param requireAll  whether required fields must be present (on submission; a draft may be partial)
     * @param attachments finds an attachment of this declaration by id
     */
    static Result validate(DeclarationType type, Map<String, JsonNode> input, boolean requireAll,
            LongFunction<Optional<AttachmentRow>> attachments) {
        Map<String, JsonNode> fields = input == null ? Map.of() : input;
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String id : fields.keySet()) {
            if (type.fields().stream().noneMatch(f -> f.id().equals(id))) {
                errors.add(new FieldError(id, "「" + type.title() + "」没有名为 " + id + " 的字段"));
            }
        }
        for (DeclarationField field : type.fields()) {
            JsonNode node = fields.get(field.id());
            if (isEmpty(node)) {
                if (requireAll && field.required()) {
                    errors.add(new FieldError(field.id(), "「" + field.label() + "」为必填项"));
                }
                continue;
            }
            try {
                values.put(field.id(), check(field, node, attachments));
            } catch (Refused refused) {
                errors.add(new FieldError(field.id(), "「" + field.label() + "」" + refused.getMessage()));
            }
        }
        return new Result(values, List.copyOf(errors));
    }

    private static boolean isEmpty(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        if (node.isTextual()) {
            return node.asText().isBlank();
        }
        return node.isContainerNode() && node.isEmpty();
    }

    private static Object check(DeclarationField field, JsonNode node, LongFunction<Optional<AttachmentRow>> attachments) {
        return switch (field.type()) {
            case "text" -> text(field, node, TEXT_MAX, false);
            case "longtext" -> text(field, node, LONGTEXT_MAX, true);
            case "phone" -> phone(field, node);
            case "email" -> email(node);
            case "date" -> date(node);
            case "number" -> number(node);
            case "money" -> money(node);
            case "url" -> url(node);
            case "document" -> document(field, node, attachments);
            case "counts" -> counts(field, node);
            default -> throw new Refused("的类型 " + field.type() + " 无法识别，请联系管理员检查活动配置文件");
        };
    }

    private static String string(JsonNode node) {
        if (!node.isValueNode()) {
            throw new Refused("应为文字");
        }
        return node.asText().strip();
    }

    /** For typed values (numbers, dates, addresses): full-width characters folded to ASCII. */
    private static String typed(JsonNode node) {
        return ChineseText.toHalfWidth(string(node)).strip();
    }

    private static String text(DeclarationField field, JsonNode node, int defaultMax, boolean multiline) {
        String value = string(node);
        if (!multiline && (value.contains("\n") || value.contains("\r"))) {
            throw new Refused("只能填写一行");
        }
        int max = field.maxLength() != null ? field.maxLength() : defaultMax;
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new Refused("最多 " + max + " 个字，当前 " + length + " 个字");
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            throw new Refused("格式不正确：" + (field.help() != null ? field.help() : "应符合 " + field.pattern()));
        }
        return value;
    }

    private static String phone(DeclarationField field, JsonNode node) {
        String value = typed(node);
        String[] numbers = PHONE_SEPARATOR.split(value);
        if (numbers.length > 3) {
            throw new Refused("最多填写 3 个号码");
        }
        for (String number : numbers) {
            if (!PHONE.matcher(number).matches()) {
                throw new Refused("号码格式不正确：\"" + number + "\"。固定电话须带区号，如 028-86601234 或 (028)86601234，"
                        + "分机写作 028-86601234-801；手机为 11 位，如 13800000000");
            }
        }
        return String.join("、", numbers);
    }

    private static String email(JsonNode node) {
        String value = typed(node);
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            throw new Refused("格式不正确：\"" + value + "\"，应如 xxgk@sc.gov.cn");
        }
        return value;
    }

    private static String date(JsonNode node) {
        String value = typed(node);
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Refused("不是有效日期：\"" + value + "\"，应为 YYYY-MM-DD，如 2007-10-10");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new Refused("日期 " + value + " 超出合理范围");
        }
        return day.toString();
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String value = typed(node).replace(",", "");
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new Refused("应为数字，\"" + value + "\" 不是数字");
        }
    }

    private static long number(JsonNode node) {
        BigDecimal value = decimal(node);
        if (value.signum() < 0) {
            throw new Refused("不能为负数");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new Refused("应为整数");
        }
        if (value.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            throw new Refused("数值过大");
        }
        return value.longValueExact();
    }

    private static BigDecimal money(JsonNode node) {
        BigDecimal value = decimal(node);
        if (value.signum() < 0) {
            throw new Refused("不能为负数");
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new Refused("最多保留 4 位小数（万元精确到元）");
        }
        if (value.compareTo(MONEY_MAX) > 0) {
            throw new Refused("数额过大，请以万元为单位填写");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    static String url(JsonNode node) {
        String value = typed(node);
        if (value.length() > URL_MAX) {
            throw new Refused("网址过长（最多 " + URL_MAX + " 个字符）");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new Refused("应为以 http:// 或 https:// 开头的网址，如 http://www.sc.gov.cn/xxgk/");
            }
        } catch (URISyntaxException e) {
            throw new Refused("不是有效网址：\"" + value + "\"");
        }
        return value;
    }

    /** A document is an uploaded attachment of this declaration or a link to where it is published. */
    private static Map<String, Object> document(DeclarationField field, JsonNode node,
            LongFunction<Optional<AttachmentRow>> attachments) {
        if (node.isTextual()) {
            return Map.of("url", url(node));
        }
        if (!node.isObject()) {
            throw new Refused("应为上传的文件或文件网址");
        }
        if (node.hasNonNull("attachmentId")) {
            JsonNode id = node.get("attachmentId");
            if (!id.canConvertToLong()) {
                throw new Refused("的附件编号无效");
            }
            AttachmentRow row = attachments.apply(id.asLong())
                    .orElseThrow(() -> new Refused("的附件 " + id.asLong() + " 不存在或不属于本填报，请重新上传"));
            if (!row.fieldId().equals(field.id())) {
                throw new Refused("的附件 " + row.fileName() + " 是为其他字段上传的，请重新上传");
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("attachmentId", row.id());
            value.put("fileName", row.fileName());
            value.put("contentType", row.contentType());
            value.put("sizeBytes", row.sizeBytes());
            value.put("sha256", row.sha256());
            return value;
        }
        if (node.hasNonNull("url")) {
            return Map.of("url", url(node.get("url")));
        }
        throw new Refused("应为上传的文件或文件网址");
    }

    private static Map<String, Long> counts(DeclarationField field, JsonNode node) {
        if (!node.isObject()) {
            throw new Refused("应按类别填写条数");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(field.categories());
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        Map<String, Long> given = new LinkedHashMap<>();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String category = entry.getKey().strip();
            if (!field.categories().isEmpty() && !field.categories().contains(category)) {
                throw new Refused("中的类别「" + category + "」不在规定类别中（" + String.join("、", field.categories()) + "）");
            }
            if (category.isEmpty() || category.length() > 50) {
                throw new Refused("中有类别名称为空或过长");
            }
            if (isEmpty(entry.getValue())) {
                continue;
            }
            long count;
            try {
                count = number(entry.getValue());
            } catch (Refused refused) {
                throw new Refused("中「" + category + "」的条数" + refused.getMessage());
            }
            given.put(category, count);
            if (!order.contains(category)) {
                order.add(category);
            }
        }
        for (String category : order) {
            if (given.containsKey(category)) {
                counts.put(category, given.get(category));
            }
        }
        if (counts.values().stream().mapToLong(Long::longValue).sum() == 0 && field.required()) {
            throw new Refused("至少要有一个类别的条数大于 0");
        }
        return counts;
    }

    /** A field's value was refused; the message continues the field's label. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
