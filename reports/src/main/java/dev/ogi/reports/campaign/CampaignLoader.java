package dev.ogi.reports.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import dev.ogi.reports.score.Rule;

/**
 * Reads campaign files (YAML). The built-in campaigns are listed in {@code campaigns/index.txt}
 * on the classpath; any {@code *.yml} in an extra folder is read too, so a new campaign is a new
 * file and no Java change. Every file is validated; a bad one is refused with its name and the
 * problem.
 */
public final class CampaignLoader {

    static final String BUILT_IN_INDEX = "campaigns/index.txt";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The built-in campaigns and, if the folder is given and exists, every *.yml in it. */
    public Map<String, Campaign> loadAll(Path extraFolder) {
        Map<String, Campaign> byId = new LinkedHashMap<>();
        for (Campaign campaign : loadBuiltIn()) {
            byId.put(campaign.id(), campaign);
        }
        if (extraFolder != null && Files.isDirectory(extraFolder)) {
            for (Path file : listYaml(extraFolder)) {
                Campaign campaign = load(file);
                byId.put(campaign.id(), campaign);
            }
        }
        return byId;
    }

    public List<Campaign> loadBuiltIn() {
        List<Campaign> campaigns = new ArrayList<>();
        for (String name : readIndex()) {
            String resource = "campaigns/" + name;
            try (InputStream in = resourceStream(resource)) {
                if (in == null) {
                    throw new CampaignFileException(resource, "listed in " + BUILT_IN_INDEX + " but not on the classpath");
                }
                campaigns.add(parse(resource, in.readAllBytes()));
            } catch (IOException e) {
                throw new CampaignFileException(resource, "cannot be read: " + e.getMessage(), e);
            }
        }
        return campaigns;
    }

    public Campaign load(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CampaignFileException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    public Campaign parse(String source, byte[] content) {
        Campaign campaign;
        try {
            campaign = yaml.readValue(content, Campaign.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new CampaignFileException(source, "not valid" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CampaignFileException(source, "cannot be read: " + e.getMessage(), e);
        }
        if (campaign == null) {
            throw new CampaignFileException(source, "is empty");
        }
        validate(source, campaign);
        return campaign.withContentHash(sha256(content));
    }

    private static void validate(String source, Campaign campaign) {
        require(source, notBlank(campaign.id()), "has no id");
        require(source, notBlank(campaign.title()), "has no title");
        require(source, campaign.start() != null, "has no start date");
        require(source, campaign.end() != null && !campaign.end().isBefore(campaign.start()),
                "needs an end date on or after its start");
        require(source, notBlank(campaign.weightsVersion()), "has no weightsVersion");
        require(source, campaign.lateShare() >= 0 && campaign.lateShare() <= 1,
                "lateShare must be between 0 and 1, was " + campaign.lateShare());
        require(source, !campaign.milestones().isEmpty(), "has no milestones");
        Set<String> milestoneIds = new HashSet<>();
        Set<String> indicatorIds = new HashSet<>();
        for (Milestone milestone : campaign.milestones()) {
            require(source, notBlank(milestone.id()), "a milestone has no id");
            require(source, milestoneIds.add(milestone.id()), "milestone " + milestone.id() + " appears twice");
            require(source, milestone.evidencing() != null,
                    "milestone " + milestone.id() + " needs evidencing: crawled, declared or both");
            for (Indicator indicator : milestone.indicators()) {
                require(source, notBlank(indicator.id()), "an indicator of " + milestone.id() + " has no id");
                require(source, indicatorIds.add(indicator.id()), "indicator " + indicator.id() + " appears twice");
                require(source, indicator.weight() >= 0,
                        "indicator " + indicator.id() + " has a negative weight");
                require(source, notBlank(indicator.rule()), "indicator " + indicator.id() + " has no rule");
                require(source, Rule.named(indicator.rule()).isPresent(),
                        "indicator " + indicator.id() + " has unknown rule " + indicator.rule() + "; known rules: "
                                + new java.util.TreeSet<>(Rule.names()));
                requireArticle19Items(source, indicator);
            }
        }
        Set<String> typeIds = new HashSet<>();
        for (DeclarationType type : campaign.declarationTypes()) {
            require(source, notBlank(type.id()), "a declaration type has no id");
            require(source, typeIds.add(type.id()), "declaration type " + type.id() + " appears twice");
            require(source, type.milestone() == null || milestoneIds.contains(type.milestone()),
                    "declaration type " + type.id() + " names unknown milestone " + type.milestone());
            Set<String> fieldIds = new HashSet<>();
            for (DeclarationField field : type.fields()) {
                require(source, notBlank(field.id()) && fieldIds.add(field.id()),
                        "declaration type " + type.id() + " has a field without an id or twice: " + field.id());
                require(source, FIELD_TYPES.contains(field.type()), "field " + type.id() + "." + field.id()
                        + " has unknown type " + field.type() + "; expected one of " + FIELD_TYPES);
                require(source, field.maxLength() == null || field.maxLength() > 0,
                        "field " + type.id() + "." + field.id() + " needs a positive maxLength");
                require(source, field.pattern() == null || compiles(field.pattern()),
                        "field " + type.id() + "." + field.id() + " has a pattern that is not a regular expression");
            }
        }
    }

    /** The field types a declaration form knows how to show and validate. */
    public static final List<String> FIELD_TYPES = List.of(
            "text", "longtext", "phone", "email", "date", "number", "money", "url", "document", "counts");

    private static boolean compiles(String pattern) {
        try {
            java.util.regex.Pattern.compile(pattern);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    /** {@code params.items} of a coverage rule: a list of the item's Article 19 codes. */
    private static void requireArticle19Items(String source, Indicator indicator) {
        Object items = indicator.params().get("items");
        if (items == null) {
            return;
        }
        List<String> known = Rule.named(indicator.rule()).map(Rule::article19).orElse(List.of());
        require(source, !known.isEmpty(), "indicator " + indicator.id() + " lists items, but rule " + indicator.rule()
                + " counts none");
        require(source, items instanceof List<?> list && !list.isEmpty(),
                "indicator " + indicator.id() + ": items must be a list of codes out of " + known);
        for (Object code : (List<?>) items) {
            require(source, known.contains(String.valueOf(code)), "indicator " + indicator.id() + " lists unknown item "
                    + code + "; the Article 19 codes are " + known);
        }
    }

    private static void require(String source, boolean condition, String problem) {
        if (!condition) {
            throw new CampaignFileException(source, problem);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> readIndex() {
        try (InputStream in = resourceStream(BUILT_IN_INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new CampaignFileException(BUILT_IN_INDEX, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Path> listYaml(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new CampaignFileException(folder.toString(), "folder cannot be listed: " + e.getMessage(), e);
        }
    }

    private static InputStream resourceStream(String name) {
        return CampaignLoader.class.getClassLoader().getResourceAsStream(name);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
