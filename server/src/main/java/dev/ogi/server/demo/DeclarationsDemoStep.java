package dev.ogi.server.demo;

import dev.ogi.server.declarations.Actor;
import dev.ogi.server.declarations.DeclarationService;
import dev.ogi.server.declarations.FieldValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.DeclarationType;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.server.AppContext;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.Unit;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The demo's declarations, filed and reviewed through the service as units and the office would
 * have done in 2007-2008: most units file on time, some late, some are sent back and file again,
 * a few never file, and the newest filings still wait in the office's queue. Every unit's story
 * is drawn from its code, so the demo is the same each time.
 */
public final class DeclarationsDemoStep implements DemoStep {

    private static final Actor OFFICE = Actor.office("office");
    private static final List<String> RETURN_REASONS = List.of(
            "联系电话缺少区号，请补充完整后重新填报",
            "具体工作人员名单不完整，请写明姓名、职务和联系方式",
            "所附制度不是正式印发稿，请提供正式文件",
            "预算科目与年度预算批复不一致，请核对",
            "填报条数与网上填报系统统计数不符，请核对后重报");

    @Override
    public String name() {
        return "填报与审核（演示）";
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        DeclarationService service = context.declarations();
        Campaign campaign = context.campaigns().defaultCampaign();
        LocalDate lastDay = context.asOf().today().minusDays(1);
        int filed = 0;
        int published = 0;
        int never = 0;
        for (Unit unit : context.units().list(false)) {
            Random random = new Random(unit.code().hashCode() * 31L + 2007);
            if (random.nextInt(100) < 12) {
                never++;
                continue;
            }
            Actor actor = Actor.unit(unit.code(), unit.code());
            for (DeclarationType type : campaign.declarationTypes()) {
                if (random.nextInt(100) >= likelihood(type.id())) {
                    continue;
                }
                LocalDate deadline = campaign.milestone(type.milestone()).map(Milestone::deadline).orElse(lastDay);
                LocalDate submitted = deadline.minusDays(12 - random.nextInt(12));
                if (random.nextInt(100) < 25) {
                    submitted = deadline.plusDays(3 + random.nextInt(25));
                }
                if (submitted.isAfter(lastDay)) {
                    continue;
                }
                Story story = file(service, actor, unit, type, fields(context.objectMapper(), unit, type.id(), random),
                        submitted, lastDay, random);
                filed++;
                if (story == Story.PUBLISHED) {
                    published++;
                }
            }
        }
        log.info("填报演示：" + filed + " 份填报，其中 " + published + " 份已审核公示；" + never + " 个单位从未填报");
    }

    private enum Story { PUBLISHED, PENDING }

    /** Files and reviews one declaration; a first filing may be sent back once, then filed again. */
    private static Story file(DeclarationService service, Actor actor, Unit unit, DeclarationType type,
            Map<String, JsonNode> fields, LocalDate submitted, LocalDate lastDay, Random random) {
        LocalDate day = submitted;
        boolean sendBack = random.nextInt(100) < 25;
        while (true) {
            long version = service.submitAt(actor, unit.code(), null, type.id(), Optional.of(fields), at(day, 10))
                    .versions().get(0).id();
            int failingStep = sendBack ? random.nextInt(3) : -1;
            for (int step = 0; step < 3; step++) {
                day = day.plusDays(1 + random.nextInt(4));
                if (day.isAfter(lastDay)) {
                    return Story.PENDING;
                }
                if (step == failingStep) {
                    service.reviews().reviewAt(OFFICE, version, "return", RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size())),
                            at(day, 15));
                    break;
                }
                service.reviews().reviewAt(OFFICE, version, "pass", step == 2 ? "复核通过，予以公示" : null, at(day, 15));
                if (step == 2) {
                    return Story.PUBLISHED;
                }
            }
            sendBack = false;
            day = day.plusDays(2 + random.nextInt(5));
            if (day.isAfter(lastDay)) {
                return Story.PENDING;
            }
        }
    }

    private static int likelihood(String typeId) {
        return switch (typeId) {
            case "organisation" -> 95;
            case "filing" -> 85;
            case "systems" -> 80;
            case "funding" -> 70;
            case "public_comment" -> 45;
            case "reading_room" -> 40;
            default -> 30;
        };
    }

    /** A moment of the day in the province's time. */
    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(DeclarationService.ZONE).toInstant();
    }

    private static Map<String, JsonNode> fields(ObjectMapper json, Unit unit, String typeId, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        String host = host(unit);
        switch (typeId) {
            case "organisation" -> {
                values.put("officeName", unit.officeName() != null && !unit.officeName().isBlank()
                        ? unit.officeName() : unit.name() + "政府信息公开办公室");
                values.put("orgCode", String.format("%08d-%d", Math.floorMod(unit.code().hashCode(), 100_000_000),
                        random.nextInt(10)));
                values.put("address", unit.officeAddress() != null && !unit.officeAddress().isBlank()
                        ? unit.officeAddress() : "四川省成都市（详见单位门户网站）");
                values.put("postcode", "610" + String.format("%03d", random.nextInt(1000)));
                values.put("hours", "工作日上午9:00-12:00，下午13:30-17:30");
                values.put("phone", validPhone(unit.officePhone()).orElse("028-8660" + String.format("%04d", random.nextInt(10_000))));
                values.put("fax", "028-8661" + String.format("%04d", random.nextInt(10_000)));
                values.put("email", unit.officeEmail() != null && FieldValidator.EMAIL.matcher(unit.officeEmail()).matches()
                        ? unit.officeEmail() : "xxgk@" + host);
                values.put("leader", "分管副" + (unit.group().equals("市州") ? "秘书长" : "主任"));
                values.put("staff", "政务公开科科长 028-8660" + String.format("%04d", random.nextInt(10_000))
                        + "\n政务公开科科员");
            }
            case "systems" -> {
                String base = "http://" + host + "/xxgk/zd/";
                values.put("plan", base + "ssfa.htm");
                values.put("proactive", base + "zdgk.htm");
                values.put("onRequest", base + "ysqgk.htm");
                values.put("secrecyReview", base + "bmsc.htm");
            }
            case "funding" -> {
                values.put("budgetLine", "2010101 行政运行（政务公开）");
                values.put("amount", String.valueOf(5 + random.nextInt(46)));
            }
            case "filing" -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String category : List.of("机构职能", "政策法规", "规划计划", "行政许可", "财政预算", "人事任免", "其他")) {
                    counts.put(category, random.nextInt(60));
                }
                values.put("categoryCounts", counts);
                values.put("filingFinished", "2007-10-0" + (1 + random.nextInt(9)));
            }
            case "public_comment" -> {
                values.put("methods", "网上调查（政府网站），召开座谈会一次");
                values.put("commentsReceived", random.nextInt(80));
                values.put("revisedOn", "2008-01-" + (10 + random.nextInt(15)));
                values.put("surveyUrl", "http://" + host + "/xxgk/dc/");
            }
            case "reading_room" -> {
                values.put("location", unit.name() + "办公楼一楼政府信息查阅室");
                values.put("openingHours", "工作日9:00-17:00");
            }
            default -> {
            }
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        values.forEach((key, value) -> fields.put(key, json.valueToTree(value)));
        return fields;
    }

    private static Optional<String> validPhone(String phone) {
        return phone != null && FieldValidator.PHONE.matcher(phone.strip()).matches() ? Optional.of(phone.strip())
                : Optional.empty();
    }

    private static String host(Unit unit) {
        try {
            String host = unit.homepage() == null ? null : URI.create(unit.homepage().strip()).getHost();
            return host == null ? "gov.cn" : host;
        } catch (IllegalArgumentException | DomainException e) {
            return "gov.cn";
        }
    }
}
