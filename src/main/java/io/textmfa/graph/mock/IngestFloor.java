package io.textmfa.graph.mock;

import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantSnapshot;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The least work a perfect client does to ingest the served tenant: its requests, the resource
 * units they cost (with {@code $select} on users and group members) and its report requests.
 * Groups are those the served SMS configuration targets (not {@code all_users}); a group that does
 * not exist costs its one GET and no member pages.
 */
record IngestFloor(long requests, long units, long reportRequests) {
    static IngestFloor of(TenantSnapshot snapshot, AuthenticationMethodsPolicy policy, DirectoryEndpoints directory,
                          int pageSize, int batchSize, int phoneUsers) {
        int top = Math.max(1, Math.min(Pager.MAX_TOP, pageSize));
        int batch = Math.max(1, Math.min(BatchEndpoint.MAX_REQUESTS, batchSize));
        long userPages = pages(snapshot.users().size(), top);
        long reportPages = pages(snapshot.userRegistrationDetails().size(), top);
        long batches = (phoneUsers + batch - 1L) / batch;
        long requests = userPages + reportPages + 1 + 1 + batches;
        long units = userPages * MockEndpoint.USERS.cost(true)
                + reportPages * MockEndpoint.USER_REGISTRATION_DETAILS.cost(false)
                + MockEndpoint.SUBSCRIBED_SKUS.cost(false)
                + MockEndpoint.AUTHENTICATION_METHODS_POLICY.cost(false)
                + (long) phoneUsers * MockEndpoint.PHONE_METHODS.cost(false);
        for (String groupId : targetedGroups(policy)) {
            long memberPages = directory.hasGroup(groupId) ? pages(directory.memberCount(groupId), top) : 0;
            requests += 1 + memberPages;
            units += MockEndpoint.GROUP.cost(false) + memberPages * MockEndpoint.GROUP_MEMBERS.cost(true);
        }
        return new IngestFloor(requests, units, reportPages);
    }

    static Set<String> targetedGroups(AuthenticationMethodsPolicy policy) {
        Set<String> groups = new LinkedHashSet<>();
        SmsMethodConfiguration sms = policy == null ? null : policy.sms();
        if (sms == null) {
            return groups;
        }
        for (IncludeTarget target : sms.includeTargets()) {
            if (target.targetType() == TargetType.GROUP && !target.isAllUsers()) {
                groups.add(target.id());
            }
        }
        for (ExcludeTarget target : sms.excludeTargets()) {
            if (target.targetType() == TargetType.GROUP && !IncludeTarget.ALL_USERS.equals(target.id())) {
                groups.add(target.id());
            }
        }
        return groups;
    }

    /** Pages of a walk: an empty collection still takes one request. */
    private static long pages(int items, int top) {
        return Math.max(1L, (items + (long) top - 1) / top);
    }
}
