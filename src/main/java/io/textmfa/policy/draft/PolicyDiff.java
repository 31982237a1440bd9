package io.textmfa.policy.draft;

import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The difference between two SMS configurations as readable lines ("+ include group Sales-IN"). */
public final class PolicyDiff {
    private PolicyDiff() {
    }

    /** Lines describing what changes from {@code before} to {@code after}; empty when they are the same. */
    public static List<String> lines(SmsMethodConfiguration before, SmsMethodConfiguration after, Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        String stateBefore = before == null ? "(none)" : String.valueOf(before.state());
        if (!stateBefore.equalsIgnoreCase(String.valueOf(after.state()))) {
            lines.add("State: " + stateBefore + " → " + after.state());
        }
        Map<String, IncludeTarget> was = new LinkedHashMap<>();
        if (before != null) {
            before.includeTargets().forEach(t -> was.put(t.id(), t));
        }
        Map<String, IncludeTarget> now = new LinkedHashMap<>();
        after.includeTargets().forEach(t -> now.put(t.id(), t));
        now.forEach((id, target) -> {
            IncludeTarget old = was.get(id);
            if (old == null) {
                lines.add("+ include " + label(target.targetType().graphName(), id, names) + signIn(target));
            } else if (old.isUsableForSignIn() != target.isUsableForSignIn()) {
                lines.add("~ include " + label(target.targetType().graphName(), id, names) + ": SMS sign-in "
                        + (target.isUsableForSignIn() ? "off → on" : "on → off"));
            }
        });
        was.forEach((id, target) -> {
            if (!now.containsKey(id)) {
                lines.add("- include " + label(target.targetType().graphName(), id, names) + signIn(target));
            }
        });
        List<String> excludedBefore = before == null ? List.of() : before.excludeTargets().stream().map(ExcludeTarget::id).toList();
        List<String> excludedAfter = after.excludeTargets().stream().map(ExcludeTarget::id).toList();
        for (ExcludeTarget target : after.excludeTargets()) {
            if (!excludedBefore.contains(target.id())) {
                lines.add("+ exclude " + label(target.targetType().graphName(), target.id(), names));
            }
        }
        if (before != null) {
            for (ExcludeTarget target : before.excludeTargets()) {
                if (!excludedAfter.contains(target.id())) {
                    lines.add("- exclude " + label(target.targetType().graphName(), target.id(), names));
                }
            }
        }
        return lines;
    }

    private static String signIn(IncludeTarget target) {
        return target.isUsableForSignIn() ? " (SMS sign-in)" : "";
    }

    private static String label(String type, String id, Map<String, String> names) {
        if (IncludeTarget.ALL_USERS.equals(id)) {
            return "All users";
        }
        String name = names.get(id);
        return type + " " + (name == null ? id : name + " (" + id + ")");
    }
}
