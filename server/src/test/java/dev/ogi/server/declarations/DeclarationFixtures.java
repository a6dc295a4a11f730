package dev.ogi.server.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/** Units, forms and requests the declaration tests share. */
final class DeclarationFixtures {

    static final String CHENGDU = "510100";
    static final String ZIGONG = "510300";
    static final String LUZHOU = "510500";
    static final String DEYANG = "510600";

    private DeclarationFixtures() {
    }

    static void importUnits(DropwizardAppExtension<OgiConfiguration> app) {
        String csv = "code,name,group,homepage\n"
                + CHENGDU + ",成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + ZIGONG + ",自贡市人民政府,市州,http://www.zg.gov.cn/\n"
                + LUZHOU + ",泸州市人民政府,市州,http://www.luzhou.gov.cn/\n"
                + DEYANG + ",德阳市人民政府,市州,http://www.deyang.gov.cn/\n";
        Response response = TestApp.asOffice(app, "/units/import").request()
                .post(Entity.entity(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));
        if (response.getStatus() != 200) {
            throw new IllegalStateException("units not imported: " + response.readEntity(String.class));
        }
    }

    static Map<String, Object> organisation(String phone) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("officeName", "成都市人民政府办公厅政务公开办公室");
        fields.put("orgCode", "00001434-9");
        fields.put("address", "成都市高新区锦城大道366号");
        fields.put("postcode", "610041");
        fields.put("hours", "工作日上午9:00-12:00，下午13:30-17:30");
        fields.put("phone", phone);
        fields.put("fax", "028-61881235");
        fields.put("email", "xxgk@chengdu.gov.cn");
        fields.put("leader", "张副秘书长");
        fields.put("staff", "李科长 028-61881236\n王科员");
        return fields;
    }

    static Map<String, Object> funding(String line) {
        return Map.of("budgetLine", line, "amount", "12.5");
    }

    static Map<String, Object> filing() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("机构职能", 3);
        counts.put("政策法规", 25);
        counts.put("行政许可", 0);
        return Map.of("categoryCounts", counts, "filingFinished", "2007-10-09");
    }

    static Map<String, Object> form(Map<String, Object> fields) {
        return Map.of("fields", fields);
    }

    static String declarationsPath(String unit) {
        return "/units/" + unit + "/declarations";
    }

    static Response saveDraft(DropwizardAppExtension<OgiConfiguration> app, String unit, String type, Map<String, Object> fields) {
        return TestApp.asUnit(app, unit, declarationsPath(unit) + "/" + type + "/draft").request().put(Entity.json(form(fields)));
    }

    static Response submit(DropwizardAppExtension<OgiConfiguration> app, String unit, String type) {
        return TestApp.asUnit(app, unit, declarationsPath(unit) + "/" + type + "/submit").request().post(Entity.json("{}"));
    }

    static Response review(DropwizardAppExtension<OgiConfiguration> app, long versionId, String decision, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        return TestApp.asOffice(app, "/declarations/versions/" + versionId + "/review").request().post(Entity.json(body));
    }

    /** The declaration of one type, as its unit reads it. */
    static JsonNode declaration(DropwizardAppExtension<OgiConfiguration> app, String unit, String type) {
        return TestApp.asUnit(app, unit, declarationsPath(unit) + "/" + type).request().get(JsonNode.class);
    }

    static long newestVersionId(DropwizardAppExtension<OgiConfiguration> app, String unit, String type) {
        return declaration(app, unit, type).get("versions").get(0).get("id").asLong();
    }

    /** Files and submits a declaration; returns the submitted version's id. */
    static long fileAndSubmit(DropwizardAppExtension<OgiConfiguration> app, String unit, String type, Map<String, Object> fields) {
        expect(saveDraft(app, unit, type, fields), 200);
        expect(submit(app, unit, type), 200);
        return newestVersionId(app, unit, type);
    }

    static void passAllSteps(DropwizardAppExtension<OgiConfiguration> app, long versionId) {
        expect(review(app, versionId, "pass", "初审：材料齐全"), 200);
        expect(review(app, versionId, "pass", "复审：同意"), 200);
        expect(review(app, versionId, "pass", "复核：准予公示"), 200);
    }

    static Response expect(Response response, int status) {
        if (response.getStatus() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + response.getStatus() + ": "
                    + response.readEntity(String.class));
        }
        return response;
    }

    static long count(DropwizardAppExtension<OgiConfiguration> app, String sql) {
        return TestApp.rawJdbi(app)
                .withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    static List<Path> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
