package io.textmfa.policy.draft;

import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Compares SMS configurations as Graph does: the state and the sets of targets, order aside. */
public final class SmsConfigurations {
    private SmsConfigurations() {
    }

    public static boolean same(SmsMethodConfiguration a, SmsMethodConfiguration b) {
        if (a == null || b == null) {
            return a == b;
        }
        return state(a).equals(state(b)) && new HashSet<>(a.includeTargets()).equals(new HashSet<>(b.includeTargets()))
                && new HashSet<>(a.excludeTargets()).equals(new HashSet<>(b.excludeTargets()));
    }

    private static String state(SmsMethodConfiguration configuration) {
        return configuration.state() == null ? "" : configuration.state().toLowerCase(Locale.ROOT);
    }

    static Set<IncludeTarget> includes(SmsMethodConfiguration configuration) {
        return new HashSet<>(configuration.includeTargets());
    }

    static Set<ExcludeTarget> excludes(SmsMethodConfiguration configuration) {
        return new HashSet<>(configuration.excludeTargets());
    }
}
