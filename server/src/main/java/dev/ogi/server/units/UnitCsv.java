package dev.ogi.server.units;

import dev.ogi.reports.rank.UnitGroup;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the unit registry as CSV with the header {@code code,name,group,homepage}
 * (UTF-8, a byte-order mark tolerated; optional extra columns {@code shortName}, {@code parent}).
 * Reading checks every row and reports every bad one with its line, so a file is taken whole or
 * not at all.
 */
public final class UnitCsv {

    public static final List<String> REQUIRED_COLUMNS = List.of("code", "name", "group", "homepage");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** A row as read: the unit it describes and the line it stood on. */
    public record Row(int line, String code, String name, String shortName, String group, String parentCode, String homepage,
            String ogiUrl) {
    }

    /** One problem with a row, or with the file when line is 0. */
    public record RowError(int line, String message) {
        @Override
        public String toString() {
            return line == 0 ? message : "第" + line + "行：" + message;
        }
    }

    /** The rows of a file, or every error found in it. */
    public record Parsed(List<Row> rows, List<RowError> errors, boolean hasOgiUrl) {
        public Parsed(List<Row> rows, List<RowError> errors) {
            this(rows, errors, false);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private UnitCsv() {
    }

    public static Parsed parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed("文件过大：" + content.length / 1024 + " KB，最多 " + MAX_BYTES / 1024 / 1024 + " MB（约 " + MAX_ROWS
                    + " 个单位）；请分批导入");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed("文件不是 UTF-8 编码（可能是 Excel 另存的 GBK 编码），请另存为 UTF-8 CSV 后重新导入");
        }
        if (text.replace("\uFEFF", "").isBlank()) {
            return failed("文件为空，应有表头 " + String.join(",", REQUIRED_COLUMNS));
        }
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        boolean withOgiUrl = false;
        try (CSVParser parser = parser(text)) {
            Map<String, Integer> header = parser.getHeaderMap();
            withOgiUrl = header.containsKey("ogiUrl");
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return failed("表头缺少列 " + String.join(",", missing) + "；表头应为 " + String.join(",", REQUIRED_COLUMNS)
                        + "，实际为 " + String.join(",", parser.getHeaderNames()));
            }
            Set<String> seen = new HashSet<>();
            int records = 0;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (++records > MAX_ROWS) {
                    return failed("文件超过 " + MAX_ROWS + " 个单位（第 " + line + " 行起）；请分批导入");
                }
                if (!record.isConsistent()) {
                    errors.add(new RowError(line, "列数为 " + record.size() + "，与表头的 " + header.size() + " 列不符"));
                    continue;
                }
                Row row = new Row(line, value(record, "code"), value(record, "name"), value(record, "shortName"),
                        value(record, "group"), value(record, "parent"), value(record, "homepage"),
                        header.containsKey("ogiUrl") ? value(record, "ogiUrl") : null);
                List<String> problems = check(row);
                if (row.code() != null && !seen.add(row.code())) {
                    problems.add("单位代码 " + row.code() + " 在文件中重复出现");
                }
                problems.forEach(p -> errors.add(new RowError(line, p)));
                if (problems.isEmpty()) {
                    UnitGroup group = UnitGroup.parse(row.group()).orElseThrow();
                    rows.add(new Row(line, row.code(), row.name(), row.shortName(), group.label(), row.parentCode(),
                            normaliseHomepage(row.homepage()), normaliseHomepage(row.ogiUrl())));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new RowError(0, "CSV 格式错误：" + e.getMessage()));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new RowError(0, "文件只有表头，没有单位"));
        }
        return new Parsed(errors.isEmpty() ? rows : List.of(), errors, withOgiUrl);
    }

    /**
     * Reads a registry CSV's text as both the import and the {@code check} command do: a leading
     * BOM dropped (Excel writes one), RFC 4180 with the first line as the header, cells trimmed,
     * empty lines skipped. The callers apply their own rules to the records.
     */
    public static CSVParser parser(String text) throws IOException {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return CSVParser.parse(new StringReader(withoutBom), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get());
    }

    public static String write(List<Unit> units) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("code", "name", "group", "homepage", "shortName", "parent", "ogiUrl").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Unit unit : units) {
                printer.printRecord(cell(unit.code()), cell(unit.name()), cell(unit.group()), cell(unit.homepage()),
                        cell(unit.shortName()), cell(unit.parentCode()), cell(unit.ogiUrl()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The most units one file may hold: a national registry is about 14,000 sites, in provinces. */
    public static final int MAX_ROWS = 5_000;
    /** The largest registry file accepted, in bytes (5,000 rows of long names fit in 2 MB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_NAME = 100;
    public static final int MAX_SHORT_NAME = 40;
    public static final int MAX_HOMEPAGE = 500;
    public static final int MAX_OFFICE_FIELD = 200;

    /** Why a value is too long for its field, or null. */
    public static String lengthProblem(String label, String value, int max) {
        return value != null && value.length() > max
                ? label + "过长：" + value.length() + " 个字符，最多 " + max + " 个"
                : null;
    }

    private static List<String> check(Row row) {
        List<String> problems = new ArrayList<>();
        for (String problem : new String[] {
                lengthProblem("单位名称（name）", row.name(), MAX_NAME),
                lengthProblem("简称（shortName）", row.shortName(), MAX_SHORT_NAME),
                lengthProblem("网站地址（homepage）", row.homepage(), MAX_HOMEPAGE),
                lengthProblem("公开入口（ogiUrl）", row.ogiUrl(), MAX_HOMEPAGE),
                row.ogiUrl() == null ? null : ogiUrlProblem(row.ogiUrl())}) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (row.code() == null) {
            problems.add("缺少单位代码（code）");
        } else if (!CODE.matcher(row.code()).matches()) {
            problems.add("单位代码 \"" + row.code() + "\" 无效：只能由字母、数字、- 和 _ 组成，最长32位");
        }
        if (row.name() == null) {
            problems.add("缺少单位名称（name）");
        }
        if (row.group() == null) {
            problems.add("缺少分组（group），应为 " + UnitGroup.labels());
        } else if (UnitGroup.parse(row.group()).isEmpty()) {
            problems.add("分组 \"" + row.group() + "\" 无效，应为 " + UnitGroup.labels());
        }
        if (row.homepage() != null) {
            String problem = homepageProblem(row.homepage());
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (row.parentCode() != null && row.parentCode().equals(row.code())) {
            problems.add("上级单位不能是自己");
        }
        return problems;
    }

    /** Why an OGI entry page address is unusable, or null when it is fine. */
    public static String ogiUrlProblem(String ogiUrl) {
        String problem = homepageProblem(ogiUrl);
        return problem == null ? null : problem.replace("网站首页", "政府信息公开入口（ogiUrl）");
    }

    /** Why a homepage address is unusable, or null when it is fine. */
    public static String homepageProblem(String homepage) {
        String candidate = normaliseHomepage(homepage);
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "网站首页 \"" + homepage + "\" 不是 http/https 网址";
            }
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "网站首页 \"" + homepage + "\" 缺少有效的主机名";
            }
            return null;
        } catch (URISyntaxException e) {
            return "网站首页 \"" + homepage + "\" 不是有效网址：" + e.getReason();
        }
    }

    /** Adds the scheme people leave out ("www.chengdu.gov.cn" means http://www.chengdu.gov.cn/). */
    public static String normaliseHomepage(String homepage) {
        if (homepage == null) {
            return null;
        }
        return dev.ogi.crawlers.fetch.Urls.withDefaultScheme(homepage);
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1); // written so by cell(): a quote that stops a spreadsheet formula
        }
        return value.isEmpty() ? null : value;
    }

    /** What a spreadsheet takes as the start of a formula (CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * A cell as written to CSV: one that a spreadsheet would run as a formula gets a leading
     * quote, which {@link #value} removes again, so an export imports back unchanged.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }


    private static Parsed failed(String message) {
        return new Parsed(List.of(), List.of(new RowError(0, message)));
    }
}
