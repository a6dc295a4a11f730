package dev.ogi.server.declarations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.DeclarationField;
import dev.ogi.reports.campaign.DeclarationType;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What filing, uploading and reviewing share: who may act on which unit's declaration of which
 * type (checked once, here), and the rules of drafts.
 */
record Drafts(CampaignRegistry campaigns, UnitService units) {

    /** The campaign and declaration type a request is about, after its permission check. */
    record Target(Campaign campaign, DeclarationType type) {
    }

    /** For filing or uploading: the actor may file for the unit, the unit and the type exist. */
    Target forFiling(Actor actor, String unitCode, String campaignId, String typeId) {
        actor.requireCanFile(unitCode);
        return target(unitCode, campaignId, typeId);
    }

    /** For reading: the actor may read the unit's declarations, the unit and the type exist. */
    Target forReading(Actor actor, String unitCode, String campaignId, String typeId) {
        actor.requireCanRead(unitCode);
        return target(unitCode, campaignId, typeId);
    }

    private Target target(String unitCode, String campaignId, String typeId) {
        units.require(unitCode);
        Campaign campaign = campaigns.require(campaignId);
        return new Target(campaign, type(campaign, typeId));
    }

    static void requireEditable(DeclarationType type, Optional<VersionRow> latest) {
        if (latest.isPresent() && latest.get().statusValue().underReview()) {
            VersionRow version = latest.get();
            throw DomainException.conflict("「" + type.title() + "」第 " + version.version() + " 版正在审核中（"
                    + version.statusValue().label() + "），审核结束前不能修改；如需修改，请联系省政府办公厅退回");
        }
    }

    static DeclarationType type(Campaign campaign, String typeId) {
        return campaign.declarationType(typeId).orElseThrow(() -> DomainException.notFound(
                "工作任务 " + campaign.id() + " 没有填报类型 " + typeId + "；可填报：" + campaign.declarationTypes().stream()
                        .map(t -> t.id() + "（" + t.title() + "）").toList()));
    }

    /** Attachments of one declaration only: a unit cannot point its form at another unit's file. */
    static LongFunction<Optional<AttachmentRow>> attachmentsOf(DeclarationDao dao, long declarationId) {
        return id -> dao.attachment(id).filter(a -> dao.version(a.versionId())
                .map(v -> v.declarationId() == declarationId).orElse(false));
    }

    static String latestLabel(DeclarationDao dao, DeclarationRow declaration) {
        return dao.latestVersion(declaration.id()).map(v -> "第 " + v.version() + " 版" + v.statusValue().label()).orElse("无");
    }
}
