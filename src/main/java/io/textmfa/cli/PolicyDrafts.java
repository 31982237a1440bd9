package io.textmfa.cli;

import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.Rulesets;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.SmsConfigurationJson;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantSnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the policy commands share: reading a draft file, the current configuration, names, the ruleset. */
final class PolicyDrafts {
    private PolicyDrafts() {
    }

    static SmsMethodConfiguration read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return SmsConfigurationJson.read(in, name);
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ": no such policy file.", e);
        }
    }

    static SmsMethodConfiguration current(TenantSnapshot snapshot) {
        return snapshot.policy().map(p -> p.sms()).orElse(null);
    }

    static Map<String, String> groupNames(TenantSnapshot snapshot) {
        Map<String, String> names = new HashMap<>();
        for (Group group : snapshot.groups()) {
            names.put(group.id(), group.displayName());
        }
        return names;
    }

    static Ruleset ruleset(String id) {
        return Rulesets.byId(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UserInputException(
                "--ruleset " + id + " is unknown; use one of " + String.join(", ", Rulesets.ids()) + "."));
    }
}
