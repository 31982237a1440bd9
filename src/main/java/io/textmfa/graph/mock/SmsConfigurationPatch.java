package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TargetType;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a PATCH body to the SMS configuration as Graph does: the body must name its type
 * ({@code @odata.type}); {@code state}, {@code includeTargets} and {@code excludeTargets} replace
 * the current values when present; other properties are ignored.
 */
final class SmsConfigurationPatch {
    private SmsConfigurationPatch() {
    }

    static SmsMethodConfiguration apply(SmsMethodConfiguration current, JsonNode body) {
        if (!body.isObject()) {
            throw invalid("The request body must be a JSON object.");
        }
        String type = body.path("@odata.type").asText("");
        if (!SmsMethodConfiguration.ODATA_TYPE.equalsIgnoreCase(type)) {
            throw invalid("The request body must carry \"@odata.type\": \"" + SmsMethodConfiguration.ODATA_TYPE + "\".");
        }
        String state = current.state();
        if (body.has("state")) {
            state = body.get("state").asText("");
            if (!state.equals("enabled") && !state.equals("disabled")) {
                throw invalid("Invalid value '" + state + "' for property 'state': use enabled or disabled.");
            }
        }
        List<IncludeTarget> includes = body.has("includeTargets") ? includeTargets(body.get("includeTargets"))
                : current.includeTargets();
        List<ExcludeTarget> excludes = body.has("excludeTargets") ? excludeTargets(body.get("excludeTargets"))
                : current.excludeTargets();
        return new SmsMethodConfiguration(current.id(), state, includes, excludes);
    }

    private static List<IncludeTarget> includeTargets(JsonNode array) {
        List<IncludeTarget> targets = new ArrayList<>();
        for (JsonNode target : elements(array, "includeTargets")) {
            targets.add(new IncludeTarget(targetType(target), id(target), target.path("isUsableForSignIn").asBoolean(false)));
        }
        return targets;
    }

    private static List<ExcludeTarget> excludeTargets(JsonNode array) {
        List<ExcludeTarget> targets = new ArrayList<>();
        for (JsonNode target : elements(array, "excludeTargets")) {
            targets.add(new ExcludeTarget(targetType(target), id(target)));
        }
        return targets;
    }

    private static Iterable<JsonNode> elements(JsonNode array, String name) {
        if (array == null || !array.isArray()) {
            throw invalid("Property '" + name + "' must be an array.");
        }
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw invalid("Every item of '" + name + "' must be an object.");
            }
        }
        return array;
    }

    private static TargetType targetType(JsonNode target) {
        if (!target.hasNonNull("targetType")) {
            return TargetType.GROUP;
        }
        TargetType type = TargetType.fromGraphName(target.get("targetType").asText());
        if (type == null) {
            throw invalid("Invalid value '" + target.get("targetType").asText() + "' for property 'targetType'.");
        }
        return type;
    }

    private static String id(JsonNode target) {
        String id = target.path("id").asText("");
        if (id.isBlank()) {
            throw invalid("Every target must carry an 'id'.");
        }
        return id;
    }

    private static GraphFault invalid(String message) {
        return GraphFault.badRequest("BadRequest", message);
    }
}
