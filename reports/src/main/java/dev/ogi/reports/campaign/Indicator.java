package dev.ogi.reports.campaign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * One scored indicator of a milestone.
 *
 * @param id     stable code (used in the API and the database)
 * @param title  what it measures, in Chinese
 * @param weight the points it is worth
 * @param rule   how it is scored; the scoring engine knows each rule by name (for example
 *               {@code declaration_approved}, {@code guide_published}, {@code guide_elements})
 * @param params rule parameters (for example {@code target: 50} entries), may be empty
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Indicator(String id, String title, double weight, String rule, Map<String, Object> params) {

    public Indicator {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
