package io.textmfa.licensing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rulesets, read from their data files: {@code text-mfa} and {@code sms-sign-in}. */
public final class Rulesets {
    public static final String TEXT_MFA = "text-mfa";
    public static final String SMS_SIGN_IN = "sms-sign-in";
    private static final List<Ruleset> BUILT_IN = List.of(load(TEXT_MFA), load(SMS_SIGN_IN));

    private Rulesets() {
    }

    public static List<Ruleset> builtIn() {
        return BUILT_IN;
    }

    public static Optional<Ruleset> byId(String id) {
        return BUILT_IN.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static Ruleset textMfa() {
        return BUILT_IN.get(0);
    }

    public static Ruleset smsSignIn() {
        return BUILT_IN.get(1);
    }

    public static List<String> ids() {
        return BUILT_IN.stream().map(Ruleset::id).toList();
    }

    private static Ruleset load(String id) {
        try (InputStream in = Rulesets.class.getResourceAsStream("rulesets/" + id + ".json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<LicenseRule> rules = new ArrayList<>();
            for (JsonNode rule : root.path("rules")) {
                List<String> skuIds = new ArrayList<>();
                rule.path("skuIds").forEach(sku -> skuIds.add(sku.asText()));
                rules.add(new LicenseRule(rule.path("product").asText(), skuIds, rule.path("source").asText()));
            }
            Set<String> plans = new HashSet<>();
            root.path("bundlePlans").path("servicePlanIds").forEach(plan -> plans.add(plan.asText()));
            return new Ruleset(root.path("id").asText(), root.path("name").asText(), root.path("description").asText(),
                    root.path("source").asText(), rules, plans, root.path("bundlePlans").path("source").asText());
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("The built-in ruleset " + id + " cannot be read",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
