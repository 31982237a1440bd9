package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The read-only endpoints served straight from the snapshot: organization, SKUs, users, groups, reports, phone methods. */
final class DirectoryEndpoints {
    static final String NOT_FOUND_CODE = "Request_ResourceNotFound";

    private final TenantSnapshot snapshot;
    private final Pager pager;
    private final PageFaults usersWalkFaults;
    private final Map<String, User> usersById = new HashMap<>();
    private final Map<String, Group> groupsById = new HashMap<>();

    DirectoryEndpoints(TenantSnapshot snapshot, Pager pager, PageFaults usersWalkFaults) {
        this.snapshot = snapshot;
        this.pager = pager;
        this.usersWalkFaults = usersWalkFaults;
        for (User user : snapshot.users()) {
            usersById.put(user.id(), user);
        }
        for (Group group : snapshot.groups()) {
            groupsById.put(group.id(), group);
        }
    }

    GraphResponse organization() {
        ArrayNode value = GraphJson.array();
        value.add(GraphJson.organization(snapshot.tenant()));
        return GraphResponse.ok(GraphJson.collection(value, null));
    }

    GraphResponse subscribedSkus() {
        ArrayNode value = GraphJson.array();
        for (SubscribedSku sku : snapshot.subscribedSkus()) {
            value.add(GraphJson.subscribedSku(sku, snapshot.tenant().id()));
        }
        return GraphResponse.ok(GraphJson.collection(value, null));
    }

    GraphResponse users(GraphRequest request) {
        Set<String> select = request.select();
        return pager.page(request, "users", snapshot.users(), user -> GraphJson.user(user, select), usersWalkFaults);
    }

    GraphResponse registrationDetails(GraphRequest request) {
        return pager.page(request, "userRegistrationDetails", snapshot.userRegistrationDetails(),
                GraphJson::registrationDetails, PageFaults.NONE);
    }

    GraphResponse group(String id) {
        Group group = groupsById.get(id);
        return group == null ? notFound(id) : GraphResponse.ok(GraphJson.group(group));
    }

    GraphResponse groupMembers(String id, GraphRequest request) {
        Group group = groupsById.get(id);
        if (group == null) {
            return notFound(id);
        }
        Set<String> select = request.select();
        return pager.page(request, "members:" + id, group.members(),
                member -> GraphJson.userReference(usersById.get(member), member, select), PageFaults.NONE);
    }

    GraphResponse phoneMethods(String userId) {
        if (!usersById.containsKey(userId)) {
            return notFound(userId);
        }
        ArrayNode value = GraphJson.array();
        for (PhoneMethod method : snapshot.phoneMethodsOf(userId)) {
            value.add(GraphJson.phoneMethod(method));
        }
        return GraphResponse.ok(GraphJson.collection(value, null));
    }

    boolean hasGroup(String id) {
        return groupsById.containsKey(id);
    }

    int memberCount(String groupId) {
        Group group = groupsById.get(groupId);
        return group == null ? 0 : group.members().size();
    }

    static GraphResponse notFound(String id) {
        return GraphResponse.error(404, NOT_FOUND_CODE, "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }
}
