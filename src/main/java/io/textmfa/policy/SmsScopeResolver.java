package io.textmfa.policy;

import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the SMS configuration against a snapshot. The method's state gates everything; include
 * targets add users ({@code all_users}, groups through their transitive members, single users);
 * exclude targets remove them, and exclusion wins. SMS sign-in is allowed where any including
 * target has {@code isUsableForSignIn}. A target naming a group or user the snapshot lacks is
 * reported, never silently ignored.
 */
public final class SmsScopeResolver {
    private SmsScopeResolver() {
    }

    public static SmsScope resolve(TenantSnapshot snapshot) {
        SmsMethodConfiguration sms = snapshot.policy().map(p -> p.sms()).orElse(null);
        if (sms == null) {
            return new SmsScope(false, false, Set.of(), Set.of(), Set.of(), Map.of(), Map.of(), List.of());
        }
        return resolve(snapshot, sms);
    }

    /** Resolves a given SMS configuration (the tenant's, or a draft) against the snapshot's users and groups. */
    public static SmsScope resolve(TenantSnapshot snapshot, SmsMethodConfiguration sms) {
        Map<String, Group> groups = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Group group : snapshot.groups()) {
            groups.put(group.id(), group);
            names.put(group.id(), group.displayName() == null ? group.id() : group.displayName());
        }
        Set<String> userIds = new HashSet<>(snapshot.users().size() * 2);
        for (User user : snapshot.users()) {
            userIds.add(user.id());
        }
        boolean groupsRead = snapshot.sourceState(TenantCollection.GROUPS).state().isComplete();
        List<UnresolvedTarget> unresolved = new ArrayList<>();

        Map<String, IncludeTarget> includedBy = new HashMap<>();
        Set<String> signIn = new HashSet<>();
        for (IncludeTarget target : sms.includeTargets()) {
            List<String> members = members(target.targetType(), target.id(), true, snapshot, groups, userIds, groupsRead,
                    unresolved);
            for (String member : members) {
                includedBy.putIfAbsent(member, target);
                if (target.isUsableForSignIn()) {
                    signIn.add(member);
                }
            }
        }
        Set<String> excluded = new HashSet<>();
        for (ExcludeTarget target : sms.excludeTargets()) {
            excluded.addAll(members(target.targetType(), target.id(), false, snapshot, groups, userIds, groupsRead,
                    unresolved));
        }
        if (!sms.isEnabled()) {
            return new SmsScope(true, false, Set.of(), Set.of(), excluded, Map.of(), names, unresolved);
        }
        includedBy.keySet().removeAll(excluded);
        signIn.retainAll(includedBy.keySet());
        return new SmsScope(true, true, includedBy.keySet(), signIn, excluded, includedBy, names, unresolved);
    }

    private static List<String> members(TargetType type, String id, boolean include, TenantSnapshot snapshot,
                                        Map<String, Group> groups, Set<String> userIds, boolean groupsRead,
                                        List<UnresolvedTarget> unresolved) {
        if (type == TargetType.GROUP && IncludeTarget.ALL_USERS.equals(id)) {
            return snapshot.users().stream().map(User::id).toList();
        }
        if (type == TargetType.USER) {
            if (userIds.contains(id)) {
                return List.of(id);
            }
            unresolved.add(new UnresolvedTarget(include, type, id,
                    "a user who is not in the snapshot (deleted, or not read); nobody is " + (include ? "added" : "removed") + " by it."));
            return List.of();
        }
        Group group = groups.get(id);
        if (group == null) {
            unresolved.add(new UnresolvedTarget(include, type, id, groupsRead
                    ? "a group that is not in the directory (deleted?); its members cannot be counted."
                    : "a group whose members could not be read (groups were not read completely); its members cannot be counted."));
            return List.of();
        }
        return group.members();
    }
}
