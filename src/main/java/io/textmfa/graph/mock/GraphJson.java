package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.tenant.AssignedLicense;
import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.MethodConfiguration;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.ServicePlan;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps the domain records to Microsoft Graph v1.0 JSON, with Graph's property names and shapes,
 * as the mock serves them.
 */
public final class GraphJson {
    /** The {@code @odata.type} of a user inside a directory-object collection. */
    public static final String USER_TYPE = "#microsoft.graph.user";
    /** Graph's fixed ids of the three phone methods. */
    public static final String MOBILE_METHOD_ID = "3179e48a-750b-4051-897c-87b9720928f7";
    public static final String ALTERNATE_MOBILE_METHOD_ID = "b6332ec1-7057-4abe-9331-3d72feddfe41";
    public static final String OFFICE_METHOD_ID = "e37fc753-ff3b-4958-9484-eaa9425c82bc";

    /** What GET /users returns without {@code $select} (of the properties the mock knows). */
    private static final List<String> USER_DEFAULT_PROPERTIES =
            List.of("id", "displayName", "userPrincipalName", "mobilePhone");
    private static final List<String> USER_PROPERTIES = List.of("id", "displayName", "userPrincipalName",
            "accountEnabled", "userType", "usageLocation", "country", "mobilePhone", "assignedLicenses");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GraphJson() {
    }

    /** A collection page: {@code {"value":[...], "@odata.nextLink": ...}}; no link on the last page. */
    public static ObjectNode collection(ArrayNode value, String nextLink) {
        ObjectNode page = NODES.objectNode();
        page.set("value", value);
        if (nextLink != null) {
            page.put("@odata.nextLink", nextLink);
        }
        return page;
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The organization: id, displayName and the default domain as its one verified domain. */
    public static ObjectNode organization(Tenant tenant) {
        ObjectNode node = NODES.objectNode();
        node.put("id", tenant.id());
        node.put("displayName", tenant.displayName());
        ArrayNode domains = node.putArray("verifiedDomains");
        if (tenant.defaultDomain() != null) {
            ObjectNode domain = domains.addObject();
            domain.put("capabilities", "Email, OfficeCommunicationsOnline");
            domain.put("isDefault", true);
            domain.put("isInitial", tenant.defaultDomain().toLowerCase(Locale.ROOT).endsWith(".onmicrosoft.com"));
            domain.put("name", tenant.defaultDomain());
            domain.put("type", "Managed");
        }
        return node;
    }

    public static ObjectNode subscribedSku(SubscribedSku sku, String tenantId) {
        ObjectNode node = NODES.objectNode();
        node.put("id", (tenantId == null ? "" : tenantId + "_") + sku.skuId());
        node.put("appliesTo", "User");
        node.put("capabilityStatus", sku.capabilityStatus());
        node.put("consumedUnits", sku.consumedUnits());
        node.put("skuId", sku.skuId());
        node.put("skuPartNumber", sku.skuPartNumber());
        ObjectNode prepaid = node.putObject("prepaidUnits");
        prepaid.put("enabled", sku.prepaidUnits().enabled());
        prepaid.put("suspended", sku.prepaidUnits().suspended());
        prepaid.put("warning", sku.prepaidUnits().warning());
        prepaid.put("lockedOut", sku.prepaidUnits().lockedOut());
        ArrayNode plans = node.putArray("servicePlans");
        for (ServicePlan plan : sku.servicePlans()) {
            ObjectNode planNode = plans.addObject();
            planNode.put("servicePlanId", plan.servicePlanId());
            planNode.put("servicePlanName", plan.servicePlanName());
            planNode.put("provisioningStatus", plan.provisioningStatus());
            planNode.put("appliesTo", plan.appliesTo());
        }
        return node;
    }

    /** A user with every property the mock knows. */
    public static ObjectNode user(User user) {
        return user(user, Set.of());
    }

    /**
     * A user with the {@code $select}ed properties (names lower-cased; unknown ones are left out),
     * or Graph's default properties when nothing is selected: then {@code assignedLicenses},
     * {@code usageLocation}, {@code accountEnabled} and the others are missing, as on Graph.
     */
    public static ObjectNode user(User user, Set<String> select) {
        ObjectNode node = NODES.objectNode();
        List<String> properties = select.isEmpty() ? USER_DEFAULT_PROPERTIES : USER_PROPERTIES;
        for (String property : properties) {
            if (select.isEmpty() || select.contains(property.toLowerCase(Locale.ROOT))) {
                putUserProperty(node, user, property);
            }
        }
        return node;
    }

    private static void putUserProperty(ObjectNode node, User user, String property) {
        switch (property) {
            case "id" -> node.put("id", user.id());
            case "displayName" -> node.put("displayName", user.displayName());
            case "userPrincipalName" -> node.put("userPrincipalName", user.userPrincipalName());
            case "accountEnabled" -> node.put("accountEnabled", user.accountEnabled());
            case "userType" -> node.put("userType", user.userType());
            case "usageLocation" -> node.put("usageLocation", user.usageLocation());
            case "country" -> node.put("country", user.country());
            case "mobilePhone" -> node.put("mobilePhone", user.mobilePhone());
            case "assignedLicenses" -> {
                ArrayNode licenses = node.putArray("assignedLicenses");
                for (AssignedLicense license : user.assignedLicenses()) {
                    ObjectNode licenseNode = licenses.addObject();
                    ArrayNode disabled = licenseNode.putArray("disabledPlans");
                    license.disabledPlans().forEach(disabled::add);
                    licenseNode.put("skuId", license.skuId());
                }
            }
            default -> throw new IllegalArgumentException("unknown user property " + property);
        }
    }

    /** A member of a {@code transitiveMembers/graph.user} page. */
    public static ObjectNode userReference(User user, String id, Set<String> select) {
        ObjectNode node = NODES.objectNode();
        node.put("@odata.type", USER_TYPE);
        node.put("id", id);
        if (user != null && (select.isEmpty() || select.contains("displayname"))) {
            node.put("displayName", user.displayName());
        }
        if (user != null && (select.isEmpty() || select.contains("userprincipalname"))) {
            node.put("userPrincipalName", user.userPrincipalName());
        }
        return node;
    }

    public static ObjectNode group(Group group) {
        ObjectNode node = NODES.objectNode();
        node.put("id", group.id());
        node.put("displayName", group.displayName());
        return node;
    }

    public static ObjectNode registrationDetails(UserRegistrationDetails details) {
        ObjectNode node = NODES.objectNode();
        node.put("id", details.id());
        node.put("userPrincipalName", details.userPrincipalName());
        node.put("isAdmin", details.isAdmin());
        node.put("isMfaRegistered", details.isMfaRegistered());
        ArrayNode methods = node.putArray("methodsRegistered");
        details.methodsRegistered().forEach(methods::add);
        node.put("userPreferredMethodForSecondaryAuthentication", details.userPreferredMethodForSecondaryAuthentication());
        return node;
    }

    public static ObjectNode phoneMethod(PhoneMethod method) {
        ObjectNode node = NODES.objectNode();
        node.put("id", method.id() != null ? method.id() : phoneMethodId(method.phoneType()));
        node.put("phoneNumber", method.phoneNumber());
        node.put("phoneType", method.phoneType() == null ? null : method.phoneType().graphName());
        node.put("smsSignInState", method.smsSignInState());
        return node;
    }

    private static String phoneMethodId(PhoneType type) {
        if (type == null) {
            return MOBILE_METHOD_ID;
        }
        return switch (type) {
            case MOBILE -> MOBILE_METHOD_ID;
            case ALTERNATE_MOBILE -> ALTERNATE_MOBILE_METHOD_ID;
            case OFFICE -> OFFICE_METHOD_ID;
        };
    }

    /** The policy, with the SMS configuration third as Graph lists it (after Fido2 and Authenticator). */
    public static ObjectNode policy(AuthenticationMethodsPolicy policy) {
        ObjectNode node = NODES.objectNode();
        node.put("id", "authenticationMethodsPolicy");
        node.put("displayName", "Authentication Methods Policy");
        node.put("policyVersion", "1.5");
        node.put("policyMigrationState", policy.policyMigrationState());
        ArrayNode configurations = node.putArray("authenticationMethodConfigurations");
        List<MethodConfiguration> others = policy.otherMethods();
        int smsAt = Math.min(2, others.size());
        for (int i = 0; i <= others.size(); i++) {
            if (i == smsAt && policy.sms() != null) {
                configurations.add(smsConfiguration(policy.sms()));
            }
            if (i < others.size()) {
                configurations.add(methodConfiguration(others.get(i)));
            }
        }
        return node;
    }

    public static ObjectNode smsConfiguration(SmsMethodConfiguration sms) {
        ObjectNode node = NODES.objectNode();
        node.put("@odata.type", SmsMethodConfiguration.ODATA_TYPE);
        node.put("id", sms.id());
        node.put("state", sms.state());
        ArrayNode includes = node.putArray("includeTargets");
        for (IncludeTarget target : sms.includeTargets()) {
            ObjectNode targetNode = includes.addObject();
            targetNode.put("targetType", target.targetType().graphName());
            targetNode.put("id", target.id());
            targetNode.put("isRegistrationRequired", false);
            targetNode.put("isUsableForSignIn", target.isUsableForSignIn());
        }
        ArrayNode excludes = node.putArray("excludeTargets");
        for (ExcludeTarget target : sms.excludeTargets()) {
            ObjectNode targetNode = excludes.addObject();
            targetNode.put("targetType", target.targetType().graphName());
            targetNode.put("id", target.id());
        }
        return node;
    }

    public static ObjectNode methodConfiguration(MethodConfiguration configuration) {
        ObjectNode node = NODES.objectNode();
        if (configuration.odataType() != null) {
            node.put("@odata.type", configuration.odataType());
        }
        node.put("id", configuration.id());
        node.put("state", configuration.state());
        return node;
    }

    /** An OData error body: {@code {"error":{"code","message","innerError":{"date","request-id"}}}}. */
    public static ObjectNode error(String code, String message, String requestId) {
        ObjectNode node = NODES.objectNode();
        ObjectNode error = node.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        inner.put("request-id", requestId);
        inner.put("client-request-id", requestId);
        return node;
    }
}
