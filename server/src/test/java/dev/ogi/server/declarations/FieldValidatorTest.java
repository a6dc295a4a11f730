package dev.ogi.server.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.reports.campaign.DeclarationType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Campaign CAMPAIGN = new CampaignLoader().loadBuiltIn().stream()
            .filter(c -> c.id().equals("ogi-2007")).findFirst().orElseThrow();

    private static DeclarationType type(String id) {
        return CAMPAIGN.declarationType(id).orElseThrow();
    }

    private static Map<String, JsonNode> organisation() {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("officeName", JSON.valueToTree("四川省人民政府办公厅政务公开办公室"));
        fields.put("orgCode", JSON.valueToTree("00001434-9"));
        fields.put("address", JSON.valueToTree("成都市督院街30号"));
        fields.put("hours", JSON.valueToTree("工作日 9:00-12:00，13:30-17:30"));
        fields.put("phone", JSON.valueToTree("028-86601234"));
        fields.put("email", JSON.valueToTree("xxgk@sc.gov.cn"));
        fields.put("leader", JSON.valueToTree("张三"));
        fields.put("staff", JSON.valueToTree("李四 科长 028-86601235\n王五 科员"));
        return fields;
    }

    private static FieldValidator.Result check(String type, Map<String, JsonNode> fields, boolean requireAll) {
        return FieldValidator.validate(type(type), fields, requireAll, id -> Optional.empty());
    }

    private static List<String> fieldsInError(FieldValidator.Result result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"028-86601234", "(028)86601234", "（028）86601234", "028 86601234", "0816-2223344",
            "13800000000", "+86 13800000000", "028-86601234-801", "028-86601234转801", "０２８－８６６０１２３４",
            "028-86601234、028-86601235"})
    void chinesePhoneFormatsAreAccepted(String phone) {
        Map<String, JsonNode> fields = organisation();
        fields.put("phone", JSON.valueToTree(phone));

        assertThat(check("organisation", fields, true).errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"86601234", "12345", "028-1234", "2800000000", "tel:028-86601234", "1380000000", "028-86601234-"})
    void wrongPhonesAreRefusedWithTheFormatToUse(String phone) {
        Map<String, JsonNode> fields = organisation();
        fields.put("phone", JSON.valueToTree(phone));

        FieldValidator.Result result = check("organisation", fields, true);

        assertThat(fieldsInError(result)).containsExactly("phone");
        assertThat(result.errors().get(0).message()).startsWith("「联系电话」号码格式不正确").contains("028-86601234");
    }

    @Test
    void fullWidthPhoneIsStoredInAsciiDigits() {
        Map<String, JsonNode> fields = organisation();
        fields.put("phone", JSON.valueToTree("（０２８）８６６０１２３４"));

        assertThat(check("organisation", fields, true).values().get("phone")).isEqualTo("(028)86601234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxgk", "xxgk@", "@sc.gov.cn", "xxgk@sc", "xx gk@sc.gov.cn", "xxgk@sc..gov.cn"})
    void wrongEmailsAreRefused(String email) {
        Map<String, JsonNode> fields = organisation();
        fields.put("email", JSON.valueToTree(email));

        assertThat(fieldsInError(check("organisation", fields, true))).containsExactly("email");
    }

    @Test
    void missingRequiredFieldsAreNamedOnSubmissionButNotInADraft() {
        Map<String, JsonNode> fields = organisation();
        fields.remove("leader");
        fields.put("address", JSON.valueToTree("   "));

        FieldValidator.Result submitted = check("organisation", fields, true);

        assertThat(fieldsInError(submitted)).containsExactly("address", "leader");
        assertThat(submitted.errors().get(1).message()).isEqualTo("「分管领导」为必填项");
        assertThat(check("organisation", fields, false).errors()).isEmpty();
    }

    @Test
    void textLongerThanItsMaximumIsRefusedWithTheCount() {
        Map<String, JsonNode> fields = organisation();
        fields.put("leader", JSON.valueToTree("张".repeat(51)));

        assertThat(check("organisation", fields, true).errors())
                .containsExactly(new FieldError("leader", "「分管领导」最多 50 个字，当前 51 个字"));
    }

    @Test
    void organisationCodeMustMatchItsPattern() {
        Map<String, JsonNode> fields = organisation();
        fields.put("orgCode", JSON.valueToTree("1434-9"));

        assertThat(check("organisation", fields, true).errors().get(0).message()).startsWith("「组织机构代码」格式不正确");
    }

    @Test
    void unknownFieldsAreRefused() {
        Map<String, JsonNode> fields = organisation();
        fields.put("nickname", JSON.valueToTree("x"));

        assertThat(fieldsInError(check("organisation", fields, true))).containsExactly("nickname");
    }

    @Test
    void moneyMustBeANonNegativeAmount() {
        assertThat(check("funding", Map.of("budgetLine", JSON.valueToTree("政务公开专项"), "amount",
                JSON.valueToTree("-3")), true).errors()).containsExactly(new FieldError("amount", "「预算金额（万元）」不能为负数"));
        assertThat(check("funding", Map.of("budgetLine", JSON.valueToTree("政务公开专项"), "amount",
                JSON.valueToTree("十万")), true).errors().get(0).message()).contains("不是数字");
        assertThat(check("funding", Map.of("budgetLine", JSON.valueToTree("政务公开专项"), "amount",
                JSON.valueToTree("12.50")), true).values().get("amount").toString()).isEqualTo("12.5");
    }

    @Test
    void countsMustBeNonNegativeWholeNumbersOfKnownCategories() throws Exception {
        JsonNode good = JSON.readTree("{\"机构职能\": 12, \"政策法规\": \"30\"}");
        JsonNode negative = JSON.readTree("{\"机构职能\": -1}");
        JsonNode unknown = JSON.readTree("{\"八卦新闻\": 3}");
        JsonNode fraction = JSON.readTree("{\"机构职能\": 1.5}");

        FieldValidator.Result ok = check("filing", Map.of("categoryCounts", good, "filingFinished",
                JSON.valueToTree("2007-10-09")), true);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.values().get("categoryCounts")).isEqualTo(Map.of("机构职能", 12L, "政策法规", 30L));
        assertThat(check("filing", Map.of("categoryCounts", negative), false).errors().get(0).message())
                .isEqualTo("「各类信息梳理和填报条数」中「机构职能」的条数不能为负数");
        assertThat(check("filing", Map.of("categoryCounts", unknown), false).errors().get(0).message())
                .contains("八卦新闻").contains("不在规定类别中");
        assertThat(check("filing", Map.of("categoryCounts", fraction), false).errors().get(0).message()).contains("应为整数");
    }

    @Test
    void datesMustBeIsoDays() {
        assertThat(check("filing", Map.of("filingFinished", JSON.valueToTree("2007/10/10")), false).errors().get(0).message())
                .contains("应为 YYYY-MM-DD");
        assertThat(check("filing", Map.of("filingFinished", JSON.valueToTree("2007-02-30")), false).errors()).hasSize(1);
    }

    @Test
    void urlsMustBeHttpOrHttps() {
        assertThat(check("public_comment", Map.of("surveyUrl", JSON.valueToTree("ftp://x.gov.cn/")), false).errors())
                .hasSize(1);
        assertThat(check("public_comment", Map.of("surveyUrl", JSON.valueToTree("javascript:alert(1)")), false).errors())
                .hasSize(1);
        assertThat(check("public_comment", Map.of("surveyUrl", JSON.valueToTree("http://www.sc.gov.cn/dc/")), false).errors())
                .isEmpty();
    }

    @Test
    void documentIsALinkOrAnAttachmentOfThisDeclaration() {
        AttachmentRow plan = new AttachmentRow(7, 1, "plan", "方案.pdf", "application/pdf", 1234, "ab", "ab/ab", "u", "t");
        Map<String, JsonNode> fields = Map.of(
                "plan", JSON.createObjectNode().put("attachmentId", 7),
                "proactive", JSON.valueToTree("http://www.sc.gov.cn/zd/zdgk.htm"),
                "onRequest", JSON.createObjectNode().put("attachmentId", 8),
                "secrecyReview", JSON.createObjectNode().put("attachmentId", 7));

        FieldValidator.Result result = FieldValidator.validate(type("systems"), fields, true,
                id -> id == 7 ? Optional.of(plan) : Optional.empty());

        assertThat(fieldsInError(result)).containsExactly("onRequest", "secrecyReview");
        assertThat(result.errors().get(0).message()).contains("不存在或不属于本填报");
        assertThat(result.errors().get(1).message()).contains("是为其他字段上传的");
    }
}
