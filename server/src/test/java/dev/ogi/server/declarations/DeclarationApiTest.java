package dev.ogi.server.declarations;

import static dev.ogi.server.declarations.DeclarationFixtures.CHENGDU;
import static dev.ogi.server.declarations.DeclarationFixtures.DEYANG;
import static dev.ogi.server.declarations.DeclarationFixtures.LUZHOU;
import static dev.ogi.server.declarations.DeclarationFixtures.ZIGONG;
import static dev.ogi.server.declarations.DeclarationFixtures.count;
import static dev.ogi.server.declarations.DeclarationFixtures.declaration;
import static dev.ogi.server.declarations.DeclarationFixtures.declarationsPath;
import static dev.ogi.server.declarations.DeclarationFixtures.expect;
import static dev.ogi.server.declarations.DeclarationFixtures.fileAndSubmit;
import static dev.ogi.server.declarations.DeclarationFixtures.filesUnder;
import static dev.ogi.server.declarations.DeclarationFixtures.form;
import static dev.ogi.server.declarations.DeclarationFixtures.funding;
import static dev.ogi.server.declarations.DeclarationFixtures.organisation;
import static dev.ogi.server.declarations.DeclarationFixtures.passAllSteps;
import static dev.ogi.server.declarations.DeclarationFixtures.review;
import static dev.ogi.server.declarations.DeclarationFixtures.saveDraft;
import static dev.ogi.server.declarations.DeclarationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.file.StreamDataBodyPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Declarations through the real application: workflow, roles, validation, attachments, queue, drafts. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DeclarationApiTest {

    static final Path ATTACHMENTS = DeclarationFixtures.temporaryFolder("ogi-attachments");
    static final int MAX_BYTES = 64 * 1024;

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(
            ConfigOverride.config("asOf", "2007-10-20"),
            ConfigOverride.config("declarations.attachmentsDirectory", ATTACHMENTS.toString()),
            ConfigOverride.config("declarations.maxAttachmentSize", "64KiB"));

    @BeforeAll
    static void units() {
        DeclarationFixtures.importUnits(APP);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText(null)));
        return values;
    }

    @Nested
    class Workflow {

        @Test
        void everyStepPassesToPublicationRecordingWhoWhenAndComment() {
            expect(saveDraft(APP, CHENGDU, "organisation", organisation("028-61881234")), 200);
            JsonNode draft = declaration(APP, CHENGDU, "organisation");
            assertThat(draft.get("status").asText()).isEqualTo("draft");

            expect(submit(APP, CHENGDU, "organisation"), 200);
            long id = DeclarationFixtures.newestVersionId(APP, CHENGDU, "organisation");
            assertThat(declaration(APP, CHENGDU, "organisation").get("versions").get(0).get("awaitingStepLabel").asText())
                    .isEqualTo("初审");
            JsonNode first = expect(review(APP, id, "pass", "初审：材料齐全"), 200).readEntity(JsonNode.class);
            assertThat(first.get("status").asText()).isEqualTo("first_reviewed");
            JsonNode second = expect(review(APP, id, "pass", "复审：同意"), 200).readEntity(JsonNode.class);
            assertThat(second.get("status").asText()).isEqualTo("second_reviewed");
            JsonNode published = expect(review(APP, id, "pass", "复核：准予公示"), 200).readEntity(JsonNode.class);

            assertThat(published.get("status").asText()).isEqualTo("published");
            assertThat(published.get("publishedAt").asText()).isNotBlank();
            assertThat(published.get("submittedAt").asText()).isNotBlank();
            JsonNode trail = published.get("trail");
            assertThat(texts(trail, "step")).containsExactly("submit", "first_review", "second_review", "final_check");
            assertThat(texts(trail, "stepLabel")).containsExactly("填报", "初审", "复审", "复核");
            assertThat(texts(trail, "actor")).containsExactly(TestApp.unitUser(CHENGDU), TestApp.OFFICE_USER,
                    TestApp.OFFICE_USER, TestApp.OFFICE_USER);
            assertThat(texts(trail, "comment")).containsExactly(null, "初审：材料齐全", "复审：同意", "复核：准予公示");
            assertThat(texts(trail, "at")).allSatisfy(at -> assertThat(at).matches("\\d{4}-\\d{2}-\\d{2}T.*Z"));
            JsonNode after = declaration(APP, CHENGDU, "organisation");
            assertThat(after.get("approvedVersion").asInt()).isEqualTo(1);
            assertThat(after.get("statusLabel").asText()).isEqualTo("已公示（审核通过）");
        }

        @Test
        void aRepeatedReviewOfOneStepDecidesThatStepOnceAndAnswersConflictAfter() throws Exception {
            long id = fileAndSubmit(APP, DEYANG, "public_comment",
                    Map.of("methods", "网上调查和座谈会", "commentsReceived", 12, "revisedOn", "2007-12-01"));
            List<String> others = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Integer> statuses = dev.ogi.server.AtOnce.run(20, () -> {
                Map<String, Object> body = new java.util.LinkedHashMap<>();
                body.put("step", "first_review");
                body.put("decision", "pass");
                body.put("comment", "初审通过");
                try (Response response = TestApp.asOffice(APP, "/declarations/versions/" + id + "/review").request()
                        .post(jakarta.ws.rs.client.Entity.json(body))) {
                    if (response.getStatus() != 200) {
                        others.add(response.getStatus() + " " + response.readEntity(String.class));
                    }
                    return response.getStatus();
                }
            });
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(others).hasSize(19).allSatisfy(answer -> assertThat(answer).startsWith("409"));
            JsonNode after = declaration(APP, DEYANG, "public_comment").get("versions").get(0);
            assertThat(after.get("status").asText()).isEqualTo("first_reviewed");
            assertThat(texts(after.get("trail"), "step")).containsExactly("submit", "first_review");
        }

        @Test
        void parallelFirstDraftsOfManyUnitsNeverAnswerServerErrors() throws Exception {
            List<String> units = List.of(LUZHOU, DEYANG);
            // the fixture creates each unit's account on its first request: not part of the race
            units.forEach(unit -> declaration(APP, unit, "reading_room"));
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Integer> statuses = dev.ogi.server.AtOnce.run(20, () -> {
                String unit = units.get(next.getAndIncrement() % units.size());
                try (Response response = saveDraft(APP, unit, "reading_room", Map.of("location", "行政中心一楼东侧"))) {
                    answers.add(response.getStatus() + " " + (response.getStatus() == 200 ? "" : response.readEntity(String.class)));
                    return response.getStatus();
                }
            });
            assertThat(answers).allSatisfy(answer -> assertThat(answer).startsWith("200"));
            assertThat(statuses).containsOnly(200);
        }

        @Test
        void everyReviewStepCanSendBackAndTheUnitResubmitsANewVersion() {
            long v1 = fileAndSubmit(APP, ZIGONG, "funding", funding("其他支出"));
            expect(review(APP, v1, "return", "预算科目不明确，请写明科目编码"), 200);

            long v2 = fileAndSubmit(APP, ZIGONG, "funding", funding("2010101 行政运行"));
            expect(review(APP, v2, "pass", "初审通过"), 200);
            expect(review(APP, v2, "return", "金额与预算批复不一致"), 200);

            long v3 = fileAndSubmit(APP, ZIGONG, "funding", funding("2010101 行政运行（政务公开）"));
            expect(review(APP, v3, "pass", null), 200);
            expect(review(APP, v3, "pass", null), 200);
            expect(review(APP, v3, "return", "请附预算批复文号"), 200);

            long v4 = fileAndSubmit(APP, ZIGONG, "funding", funding("2010101 行政运行（川财预〔2007〕12号）"));
            passAllSteps(APP, v4);

            JsonNode declaration = declaration(APP, ZIGONG, "funding");
            JsonNode versions = declaration.get("versions");
            assertThat(texts(versions, "version")).containsExactly("4", "3", "2", "1");
            assertThat(texts(versions, "status")).containsExactly("published", "returned", "returned", "returned");
            assertThat(versions.get(3).get("fields").get("budgetLine").asText()).isEqualTo("其他支出");
            assertThat(texts(versions.get(3).get("trail"), "decision")).containsExactly("pass", "return");
            assertThat(texts(versions.get(2).get("trail"), "step")).containsExactly("submit", "first_review", "second_review");
            assertThat(versions.get(1).get("trail").get(3).get("stepLabel").asText()).isEqualTo("复核");
            assertThat(versions.get(1).get("trail").get(3).get("comment").asText()).isEqualTo("请附预算批复文号");
            assertThat(declaration.get("approvedVersion").asInt()).isEqualTo(4);
        }

        @Test
        void sendingBackWithoutAReasonIsRefusedAndChangesNothing() {
            long id = fileAndSubmit(APP, LUZHOU, "funding", funding("2010101 行政运行"));

            Response response = review(APP, id, "return", "  ");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("error").asText()).isEqualTo("退回时必须填写退回理由");
            assertThat(body.get("details").get(0).get("field").asText()).isEqualTo("comment");
            assertThat(declaration(APP, LUZHOU, "funding").get("status").asText()).isEqualTo("submitted");
            assertThat(review(APP, id, "maybe", "x").getStatus()).isEqualTo(400);
        }

        @Test
        void aVersionUnderReviewCannotBeEditedAndAFinishedOneCannotBeReviewed() {
            Map<String, Object> fields = Map.of("methods", "网上调查、座谈会", "commentsReceived", 12, "revisedOn", "2007-12-20");
            long id = fileAndSubmit(APP, LUZHOU, "public_comment", fields);

            Response edit = saveDraft(APP, LUZHOU, "public_comment", fields);
            assertThat(edit.getStatus()).isEqualTo(409);
            assertThat(edit.readEntity(JsonNode.class).get("error").asText()).contains("正在审核中");

            passAllSteps(APP, id);
            Response again = review(APP, id, "pass", "再审一次");
            assertThat(again.getStatus()).isEqualTo(409);
            assertThat(again.readEntity(JsonNode.class).get("error").asText()).contains("不在审核中");
        }

        @Test
        void anAmendmentLeavesTheApprovalInForceUntilItIsPublished() {
            Map<String, Object> room = Map.of("location", "自贡市档案馆一楼", "openingHours", "工作日9:00-17:00");
            passAllSteps(APP, fileAndSubmit(APP, ZIGONG, "reading_room", room));

            long amended = fileAndSubmit(APP, ZIGONG, "reading_room",
                    Map.of("location", "自贡市图书馆二楼", "openingHours", "每日9:00-20:00"));
            expect(review(APP, amended, "pass", "初审通过"), 200);

            JsonNode during = declaration(APP, ZIGONG, "reading_room");
            assertThat(during.get("status").asText()).isEqualTo("first_reviewed");
            assertThat(during.get("approvedVersion").asInt()).isEqualTo(1);

            expect(review(APP, amended, "pass", null), 200);
            expect(review(APP, amended, "pass", null), 200);
            JsonNode after = declaration(APP, ZIGONG, "reading_room");
            assertThat(after.get("approvedVersion").asInt()).isEqualTo(2);
            assertThat(texts(after.get("versions"), "status")).containsExactly("published", "published");
        }
    }

    @Nested
    class Roles {

        private synchronized long chengduVersion() {
            JsonNode existing = declaration(APP, CHENGDU, "reading_room");
            if (existing.get("status").asText().equals("submitted")) {
                return existing.get("versions").get(0).get("id").asLong();
            }
            Map<String, Object> room = Map.of("location", "成都市档案馆", "openingHours", "工作日9:00-17:00");
            return fileAndSubmit(APP, CHENGDU, "reading_room", room);
        }

        @Test
        void aUnitCannotReviewAnyDeclaration() {
            long id = chengduVersion();

            for (String unit : List.of(ZIGONG, CHENGDU)) {
                Response response = TestApp.asUnit(APP, unit, "/declarations/versions/" + id + "/review").request()
                        .post(Entity.json(Map.of("decision", "pass", "comment", "自己审自己")));
                assertThat(response.getStatus()).isEqualTo(403);
            }
            assertThat(declaration(APP, CHENGDU, "reading_room").get("status").asText()).isEqualTo("submitted");
            assertThat(TestApp.asUnit(APP, CHENGDU, "/reviews").request().get().getStatus()).isEqualTo(403);
        }

        @Test
        void aUnitCannotSeeOrFileAnotherUnitsDeclarations() {
            chengduVersion();
            String other = declarationsPath(CHENGDU);

            assertThat(TestApp.asUnit(APP, ZIGONG, other).request().get().getStatus()).isEqualTo(403);
            assertThat(TestApp.asUnit(APP, ZIGONG, other + "/reading_room").request().get().getStatus()).isEqualTo(403);
            assertThat(TestApp.asUnit(APP, ZIGONG, other + "/funding/draft").request()
                    .put(Entity.json(form(funding("x")))).getStatus()).isEqualTo(403);
            assertThat(TestApp.asUnit(APP, ZIGONG, other + "/reading_room/submit").request().post(Entity.json("{}"))
                    .getStatus()).isEqualTo(403);
            assertThat(TestApp.asUnit(APP, ZIGONG, "/units/" + CHENGDU + "/contact-check").request().get().getStatus())
                    .isEqualTo(403);
            assertThat(TestApp.asUnit(APP, ZIGONG, "/units/" + CHENGDU + "/generated/guide.html").request().get()
                    .getStatus()).isEqualTo(403);
            JsonNode refused = TestApp.asUnit(APP, ZIGONG, other).request().get().readEntity(JsonNode.class);
            assertThat(refused.get("error").asText()).contains(CHENGDU);
            assertThat(TestApp.asUnit(APP, CHENGDU, other).request().get().getStatus()).isEqualTo(200);
        }

        @Test
        void leadersReadEverythingButNeitherFileNorReview() {
            long id = chengduVersion();

            assertThat(TestApp.asLeader(APP, declarationsPath(CHENGDU)).request().get().getStatus()).isEqualTo(200);
            assertThat(TestApp.asLeader(APP, "/reviews").request().get().getStatus()).isEqualTo(200);
            assertThat(TestApp.asLeader(APP, declarationsPath(CHENGDU) + "/funding/draft").request()
                    .put(Entity.json(form(funding("x")))).getStatus()).isEqualTo(403);
            assertThat(TestApp.asLeader(APP, "/declarations/versions/" + id + "/review").request()
                    .post(Entity.json(Map.of("decision", "pass"))).getStatus()).isEqualTo(403);
        }

        @Test
        void signedOutRequestsAreRefused() {
            assertThat(TestApp.anonymous(APP, declarationsPath(CHENGDU)).request().get().getStatus()).isEqualTo(401);
        }
    }

    @Nested
    class Validation {

        @Test
        void badFieldsAreRefusedOneByOneAndNothingIsStored() {
            long declarations = count(APP, "SELECT count(*) FROM declarations");
            long versions = count(APP, "SELECT count(*) FROM declaration_versions");
            Map<String, Object> fields = new java.util.LinkedHashMap<>(organisation("86601234"));
            fields.put("email", "xxgk.luzhou.gov.cn");
            fields.put("orgCode", "ABC");

            Response response = saveDraft(APP, LUZHOU, "organisation", fields);

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("error").asText()).isEqualTo("「组织机构」有 3 处填写有误，未保存");
            assertThat(texts(body.get("details"), "field")).containsExactly("orgCode", "phone", "email");
            assertThat(body.get("details").get(1).get("message").asText()).contains("固定电话须带区号");
            assertThat(count(APP, "SELECT count(*) FROM declarations")).isEqualTo(declarations);
            assertThat(count(APP, "SELECT count(*) FROM declaration_versions")).isEqualTo(versions);
        }

        @Test
        void submittingWithMissingFieldsNamesThemAndKeepsTheDraft() {
            Map<String, Object> partial = Map.of("officeName", "自贡市政府信息公开办公室", "phone", "0813-2201234");
            expect(saveDraft(APP, ZIGONG, "organisation", partial), 200);

            Response response = submit(APP, ZIGONG, "organisation");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode details = response.readEntity(JsonNode.class).get("details");
            assertThat(texts(details, "field")).containsExactly("orgCode", "address", "hours", "email", "leader", "staff");
            assertThat(details.get(4).get("message").asText()).isEqualTo("「分管领导」为必填项");
            JsonNode after = declaration(APP, ZIGONG, "organisation");
            assertThat(after.get("status").asText()).isEqualTo("draft");
            assertThat(after.get("versions").get(0).get("submittedAt").isNull()).isTrue();
        }

        @Test
        void unknownTypeIsA404() {
            assertThat(saveDraft(APP, ZIGONG, "horoscope", Map.of()).getStatus()).isEqualTo(404);
        }
    }

    @Nested
    class Attachments {

        private Response uploadRaw(String unit, String field, String fileName, byte[] content) {
            return TestApp.asUnit(APP, unit, declarationsPath(unit) + "/systems/attachments").queryParam("field", field)
                    .request().header("X-File-Name", java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                    .post(Entity.entity(content, MediaType.APPLICATION_OCTET_STREAM_TYPE));
        }

        @Test
        void aPdfIsStoredUnderItsHashAndOnlyTheRightPeopleDownloadIt() throws Exception {
            byte[] pdf = DocumentTypeTest.pdf();

            JsonNode attachment = expect(uploadRaw(CHENGDU, "plan", "施行准备工作方案.pdf", pdf), 200).readEntity(JsonNode.class);

            String sha = AttachmentStore.sha256(pdf);
            assertThat(attachment.get("sha256").asText()).isEqualTo(sha);
            assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
            assertThat(attachment.get("fileName").asText()).isEqualTo("施行准备工作方案.pdf");
            assertThat(Files.readAllBytes(ATTACHMENTS.resolve(sha.substring(0, 2)).resolve(sha))).isEqualTo(pdf);
            JsonNode draft = declaration(APP, CHENGDU, "systems").get("versions").get(0);
            assertThat(draft.get("fields").get("plan").get("attachmentId").asLong()).isEqualTo(attachment.get("id").asLong());

            String download = "/declarations/attachments/" + attachment.get("id").asLong();
            Response own = TestApp.asUnit(APP, CHENGDU, download).request().get();
            assertThat(own.getStatus()).isEqualTo(200);
            assertThat(own.getHeaderString("Content-Disposition")).contains("filename*=UTF-8''");
            assertThat(own.readEntity(byte[].class)).isEqualTo(pdf);
            assertThat(TestApp.asOffice(APP, download).request().get().getStatus()).isEqualTo(200);
            assertThat(TestApp.asLeader(APP, download).request().get().getStatus()).isEqualTo(200);
            assertThat(TestApp.asUnit(APP, ZIGONG, download).request().get().getStatus()).isEqualTo(403);
        }

        @Test
        void aWordFileUploadsAsMultipartFormData() throws Exception {
            byte[] docx = DocumentTypeTest.docx();
            try (FormDataMultiPart multipart = new FormDataMultiPart()) {
                multipart.bodyPart(new StreamDataBodyPart("file", new ByteArrayInputStream(docx), "保密审查制度.docx"));
                Response response = TestApp.asUnit(APP, LUZHOU, declarationsPath(LUZHOU) + "/systems/attachments")
                        .queryParam("field", "secrecyReview").register(MultiPartFeature.class).request()
                        .post(Entity.entity(multipart, multipart.getMediaType()));

                JsonNode attachment = expect(response, 200).readEntity(JsonNode.class);
                assertThat(attachment.get("contentType").asText()).contains("wordprocessingml");
                assertThat(attachment.get("fileName").asText()).isEqualTo("保密审查制度.docx");
            }
        }

        @Test
        void aRenamedProgramAnOversizedFileAndAnEmptyOneAreRefusedAndNothingIsStored() throws Exception {
            long rows = count(APP, "SELECT count(*) FROM declaration_attachments");
            List<Path> files = filesUnder(ATTACHMENTS);
            byte[] program = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
            byte[] big = new byte[MAX_BYTES + 1];
            System.arraycopy(DocumentTypeTest.pdf(), 0, big, 0, 8);
            Arrays.fill(big, 8, big.length, (byte) ' ');

            Response renamed = uploadRaw(DEYANG, "plan", "方案.pdf", program);
            Response oversized = uploadRaw(DEYANG, "plan", "方案.pdf", big);
            Response empty = uploadRaw(DEYANG, "plan", "方案.pdf", new byte[0]);
            Response spreadsheet = uploadRaw(DEYANG, "plan", "方案.docx", DocumentTypeTest.zip("xl/workbook.xml"));
            Response wrongField = TestApp.asUnit(APP, DEYANG, declarationsPath(DEYANG) + "/organisation/attachments")
                    .queryParam("field", "phone").request()
                    .post(Entity.entity(DocumentTypeTest.pdf(), MediaType.APPLICATION_OCTET_STREAM_TYPE));

            assertThat(renamed.getStatus()).isEqualTo(415);
            JsonNode reason = renamed.readEntity(JsonNode.class);
            assertThat(reason.get("error").asText()).contains("不是 PDF 或 Word 文档").contains("方案.pdf");
            assertThat(reason.get("details").get(0).get("field").asText()).isEqualTo("plan");
            assertThat(oversized.getStatus()).isEqualTo(413);
            assertThat(oversized.readEntity(JsonNode.class).get("error").asText()).contains("超过大小限制");
            assertThat(empty.getStatus()).isEqualTo(400);
            assertThat(spreadsheet.getStatus()).isEqualTo(415);
            assertThat(wrongField.getStatus()).isEqualTo(400);
            assertThat(count(APP, "SELECT count(*) FROM declaration_attachments")).isEqualTo(rows);
            assertThat(filesUnder(ATTACHMENTS)).containsExactlyInAnyOrderElementsOf(files);
            assertThat(count(APP, "SELECT count(*) FROM declarations WHERE unit_code = '" + DEYANG + "' AND type_id = 'systems'"))
                    .isZero();
        }
    }

    @Nested
    class Queue {

        @Test
        void theQueueCountsEachStepAndFlagsWhatWaitedTooLongOrPassedItsDeadline() {
            long id = fileAndSubmit(APP, DEYANG, "funding", funding("2010101 行政运行"));
            expect(review(APP, id, "pass", "初审通过"), 200);

            JsonNode today = TestApp.asOffice(APP, "/reviews").request().get(JsonNode.class);
            JsonNode later = TestApp.asOffice(APP, "/reviews").queryParam("asOf", "2030-01-01").request().get(JsonNode.class);

            assertThat(texts(today.get("counts"), "status"))
                    .containsExactly("submitted", "first_reviewed", "second_reviewed", "published", "returned");
            assertThat(today.get("counts").get(1).get("count").asInt()).isGreaterThanOrEqualTo(1);
            JsonNode item = find(today.get("items"), id);
            assertThat(item.get("awaitingStepLabel").asText()).isEqualTo("复审");
            assertThat(item.get("unitName").asText()).isEqualTo("德阳市人民政府");
            assertThat(item.get("deadline").asText()).isEqualTo("2007-12-31");
            assertThat(item.get("overdue").asBoolean()).isFalse();
            JsonNode overdue = find(later.get("items"), id);
            assertThat(overdue.get("overdue").asBoolean()).isTrue();
            assertThat(texts(overdue.get("overdueReasons"), "x")).hasSize(2);
            assertThat(overdue.get("overdueReasons").get(0).asText()).startsWith("已等待复审");
            assertThat(overdue.get("overdueReasons").get(1).asText()).contains("M3 截止日期 2007-12-31 已过");
            assertThat(later.get("overdue").asInt()).isGreaterThanOrEqualTo(1);
        }

        private JsonNode find(JsonNode items, long versionId) {
            for (JsonNode item : items) {
                if (item.get("versionId").asLong() == versionId) {
                    return item;
                }
            }
            throw new AssertionError("version " + versionId + " not in the queue: " + items);
        }
    }

    @Nested
    class GeneratedDrafts {

        @Test
        void theGuideNamesEveryArticle19ElementAndTheDeclaredContact() throws Exception {
            approveDeyangOrganisationAndFiling();

            byte[] docx = TestApp.asUnit(APP, DEYANG, "/units/" + DEYANG + "/generated/guide.docx").request()
                    .property(ClientProperties.READ_TIMEOUT, 60_000).get(byte[].class);

            String text;
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
                text = extractor.getText();
            }
            assertThat(text).contains("德阳市人民政府政府信息公开指南");
            assertThat(text).contains("政府信息的分类", "编排体系", "获取方式", "机构名称", "办公地址", "办公时间", "联系电话",
                    "传真", "电子邮箱");
            assertThat(text).contains("德阳<办公室>", "成都市高新区锦城大道366号", "工作日上午9:00-12:00", "0838-2201234",
                    "028-61881235", "xxgk@chengdu.gov.cn");
            assertThat(text).contains("一、主动公开", "二、依申请公开", "三、收费标准", "四、监督方式", "15 个工作日");
            assertThat(text).contains("政策法规（25 条）", "000014349/2007-00001");
        }

        @Test
        void theHtmlGuideEscapesWhatUnitsTyped() {
            approveDeyangOrganisationAndFiling();

            String html = TestApp.asLeader(APP, "/units/" + DEYANG + "/generated/guide.html").request().get(String.class);

            assertThat(html).contains("德阳&lt;办公室&gt;").doesNotContain("德阳<办公室>");
        }

        @Test
        void theCatalogueNumbersEveryFiledItem() throws Exception {
            approveDeyangOrganisationAndFiling();

            byte[] docx = TestApp.asOffice(APP, "/units/" + DEYANG + "/generated/catalogue.docx").queryParam("year", 2008)
                    .request().property(ClientProperties.READ_TIMEOUT, 60_000).get(byte[].class);

            String text;
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
                text = extractor.getText();
            }
            assertThat(text).contains("索引号", "信息名称", "内容概述", "生成日期");
            assertThat(text).contains("000014349/2008-00001", "000014349/2008-00003", "000014349/2008-00004",
                    "000014349/2008-00023");
            assertThat(text).contains("其余 5 条依次编号至 000014349/2008-00028");
        }

        @Test
        void nothingIsGeneratedBeforeTheOrganisationIsApproved() {
            Response response = TestApp.asOffice(APP, "/units/" + LUZHOU + "/generated/guide.docx").request().get();

            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.readEntity(JsonNode.class).get("error").asText()).contains("组织机构");
        }
    }

    @Nested
    class ContactCheck {

        @Test
        void aDifferentPhoneInTheCrawledGuideIsFlagged() {
            approveDeyangOrganisationAndFiling();
            storeGuideEvidence(DEYANG, "二、依申请公开 受理机构：德阳市政府信息公开办公室 地址：德阳市泰山北路 "
                    + "联系电话：（0838）2209999 传　　真：028-61881235 电子邮箱：xxgk@chengdu.gov.cn 邮编：618000");

            JsonNode check = TestApp.asUnit(APP, DEYANG, "/units/" + DEYANG + "/contact-check").request().get(JsonNode.class);

            assertThat(check.get("status").asText()).isEqualTo("differs");
            assertThat(texts(check.get("items"), "element")).containsExactly("phone", "fax", "email");
            assertThat(texts(check.get("items"), "result")).containsExactly("differs", "match", "match");
            assertThat(check.get("items").get(0).get("found").get(0).asText()).isEqualTo("(0838)2209999");
            assertThat(check.get("guide").get("url").asText()).isEqualTo("http://www.deyang.gov.cn/xxgk/zn.htm");
        }

        @Test
        void withoutAnApprovedOrganisationThereIsNothingToCompare() {
            JsonNode check = TestApp.asOffice(APP, "/units/" + LUZHOU + "/contact-check").request().get(JsonNode.class);

            assertThat(check.get("status").asText()).isEqualTo("no_declaration");
        }

        private void storeGuideEvidence(String unit, String excerpt) {
            TestApp.rawJdbi(APP).useHandle(handle -> {
                long round = handle.createQuery("INSERT INTO crawl_rounds (started_at, as_of, trigger_source, status) "
                        + "VALUES ('2007-11-01T02:00:00Z', '2007-11-01', 'command', 'finished') RETURNING id")
                        .mapTo(Long.class).one();
                long check = handle.createQuery("INSERT INTO site_checks (round_id, unit_code, as_of, started_at, finished_at, "
                        + "reachable, guide_found, guide_url) VALUES (:round, :unit, '2007-11-01', '2007-11-01T02:00:00Z', "
                        + "'2007-11-01T02:01:00Z', 1, 1, 'http://www.deyang.gov.cn/xxgk/zn.htm') RETURNING id")
                        .bind("round", round).bind("unit", unit).mapTo(Long.class).one();
                handle.createUpdate("INSERT INTO evidence (check_id, kind, url, http_status, fetched_at, title, excerpt) "
                        + "VALUES (:check, 'guide', 'http://www.deyang.gov.cn/xxgk/zn.htm', 200, '2007-11-01T02:00:30Z', "
                        + "'德阳市人民政府政府信息公开指南', :excerpt)")
                        .bind("check", check).bind("excerpt", excerpt).execute();
            });
        }
    }

    private static synchronized void approveDeyangOrganisationAndFiling() {
        JsonNode existing = declaration(APP, DEYANG, "organisation");
        if (existing.get("approvedVersion") != null && !existing.get("approvedVersion").isNull()) {
            return;
        }
        Map<String, Object> fields = new java.util.LinkedHashMap<>(organisation("0838-2201234"));
        fields.put("officeName", "德阳<办公室>");
        passAllSteps(APP, fileAndSubmit(APP, DEYANG, "organisation", fields));
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        counts.put("机构职能", 3);
        counts.put("政策法规", 25);
        counts.put("行政许可", 0);
        passAllSteps(APP, fileAndSubmit(APP, DEYANG, "filing", Map.of("categoryCounts", counts, "filingFinished", "2007-10-09")));
    }
}
