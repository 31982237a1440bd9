package io.textmfa.rollout;

import io.textmfa.tenant.Group;
import io.textmfa.tenant.TenantSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a wave plan against itself and a snapshot; each problem is one sentence. */
public final class WavePlanValidator {
    private WavePlanValidator() {
    }

    public static List<String> validate(WavePlan plan, TenantSnapshot snapshot) {
        List<String> problems = new ArrayList<>();
        Map<String, String> countryWave = new HashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (Group group : snapshot.groups()) {
            groups.add(group.id());
        }
        Wave previous = null;
        for (Wave wave : plan.waves()) {
            if (!names.add(wave.name())) {
                problems.add("Two waves are named \"" + wave.name() + "\".");
            }
            for (String country : wave.countries()) {
                String other = countryWave.putIfAbsent(country, wave.name());
                if (other != null) {
                    problems.add(country + " is in two waves: \"" + other + "\" and \"" + wave.name() + "\".");
                }
            }
            if (previous != null && wave.date().isBefore(previous.date())) {
                problems.add("Wave \"" + wave.name() + "\" (" + wave.date() + ") comes after \"" + previous.name()
                        + "\" (" + previous.date() + ") but is dated earlier.");
            }
            if (wave.groupId() != null && !groups.contains(wave.groupId())) {
                problems.add("Wave \"" + wave.name() + "\" names group " + wave.groupId()
                        + ", which is not in the snapshot; it is projected by its countries instead.");
            }
            if (wave.groupId() == null && wave.countries().isEmpty()) {
                problems.add("Wave \"" + wave.name() + "\" has neither a group nor countries, so it enables nobody.");
            }
            previous = wave;
        }
        return problems;
    }
}
