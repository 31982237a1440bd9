package io.textmfa.tenant;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.textmfa.files.AtomicFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a snapshot in format v1 (Graph v1.0 property names), streaming, and atomically when
 * writing to a file: a failed write leaves an existing file as it was.
 */
public final class SnapshotWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    public void write(TenantSnapshot snapshot, Path file) throws IOException {
        AtomicFile.write(file, out -> write(snapshot, out));
    }

    public void write(TenantSnapshot snapshot, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", TenantSnapshot.FORMAT);
            g.writeNumberField("version", TenantSnapshot.VERSION);
            if (snapshot.capturedAt() != null) {
                g.writeStringField("capturedAt", snapshot.capturedAt().toString());
            }
            g.writeStringField("source", snapshot.source().jsonName());
            writeTenant(g, snapshot.tenant());
            writeSkus(g, snapshot.subscribedSkus());
            writeUsers(g, snapshot.users());
            writeGroups(g, snapshot.groups());
            writePhoneMethods(g, snapshot.phoneMethods());
            writeRegistrations(g, snapshot.userRegistrationDetails());
            if (snapshot.authenticationMethodsPolicy() != null) {
                writePolicy(g, snapshot.authenticationMethodsPolicy());
            }
            writeSources(g, snapshot.sources());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeTenant(JsonGenerator g, Tenant tenant) throws IOException {
        g.writeObjectFieldStart("tenant");
        optional(g, "id", tenant.id());
        g.writeStringField("displayName", tenant.displayName());
        optional(g, "defaultDomain", tenant.defaultDomain());
        g.writeEndObject();
    }

    private static void writeSkus(JsonGenerator g, List<SubscribedSku> skus) throws IOException {
        g.writeArrayFieldStart("subscribedSkus");
        for (SubscribedSku sku : skus) {
            g.writeStartObject();
            g.writeStringField("skuId", sku.skuId());
            optional(g, "skuPartNumber", sku.skuPartNumber());
            optional(g, "capabilityStatus", sku.capabilityStatus());
            g.writeNumberField("consumedUnits", sku.consumedUnits());
            g.writeObjectFieldStart("prepaidUnits");
            g.writeNumberField("enabled", sku.prepaidUnits().enabled());
            g.writeNumberField("suspended", sku.prepaidUnits().suspended());
            g.writeNumberField("warning", sku.prepaidUnits().warning());
            g.writeNumberField("lockedOut", sku.prepaidUnits().lockedOut());
            g.writeEndObject();
            g.writeArrayFieldStart("servicePlans");
            for (ServicePlan plan : sku.servicePlans()) {
                g.writeStartObject();
                g.writeStringField("servicePlanId", plan.servicePlanId());
                optional(g, "servicePlanName", plan.servicePlanName());
                optional(g, "provisioningStatus", plan.provisioningStatus());
                optional(g, "appliesTo", plan.appliesTo());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeUsers(JsonGenerator g, List<User> users) throws IOException {
        g.writeArrayFieldStart("users");
        for (User user : users) {
            g.writeStartObject();
            g.writeStringField("id", user.id());
            optional(g, "displayName", user.displayName());
            optional(g, "userPrincipalName", user.userPrincipalName());
            g.writeBooleanField("accountEnabled", user.accountEnabled());
            optional(g, "userType", user.userType());
            optional(g, "usageLocation", user.usageLocation());
            optional(g, "country", user.country());
            optional(g, "mobilePhone", user.mobilePhone());
            g.writeArrayFieldStart("assignedLicenses");
            for (AssignedLicense license : user.assignedLicenses()) {
                g.writeStartObject();
                g.writeStringField("skuId", license.skuId());
                stringArray(g, "disabledPlans", license.disabledPlans());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeGroups(JsonGenerator g, List<Group> groups) throws IOException {
        g.writeArrayFieldStart("groups");
        for (Group group : groups) {
            g.writeStartObject();
            g.writeStringField("id", group.id());
            optional(g, "displayName", group.displayName());
            stringArray(g, "members", group.members());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writePhoneMethods(JsonGenerator g, Map<String, List<PhoneMethod>> byUser) throws IOException {
        g.writeObjectFieldStart("phoneMethods");
        for (Map.Entry<String, List<PhoneMethod>> entry : new TreeMap<>(byUser).entrySet()) {
            g.writeArrayFieldStart(entry.getKey());
            for (PhoneMethod method : entry.getValue()) {
                g.writeStartObject();
                optional(g, "id", method.id());
                optional(g, "phoneNumber", method.phoneNumber());
                g.writeStringField("phoneType", method.phoneType().graphName());
                optional(g, "smsSignInState", method.smsSignInState());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeRegistrations(JsonGenerator g, List<UserRegistrationDetails> details) throws IOException {
        g.writeArrayFieldStart("userRegistrationDetails");
        for (UserRegistrationDetails detail : details) {
            g.writeStartObject();
            g.writeStringField("id", detail.id());
            optional(g, "userPrincipalName", detail.userPrincipalName());
            g.writeBooleanField("isAdmin", detail.isAdmin());
            g.writeBooleanField("isMfaRegistered", detail.isMfaRegistered());
            stringArray(g, "methodsRegistered", detail.methodsRegistered());
            optional(g, "userPreferredMethodForSecondaryAuthentication",
                    detail.userPreferredMethodForSecondaryAuthentication());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writePolicy(JsonGenerator g, AuthenticationMethodsPolicy policy) throws IOException {
        g.writeObjectFieldStart("authenticationMethodsPolicy");
        optional(g, "policyMigrationState", policy.policyMigrationState());
        g.writeArrayFieldStart("authenticationMethodConfigurations");
        if (policy.sms() != null) {
            writeSms(g, policy.sms());
        }
        for (MethodConfiguration other : policy.otherMethods()) {
            g.writeStartObject();
            optional(g, "@odata.type", other.odataType());
            optional(g, "id", other.id());
            optional(g, "state", other.state());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Written exactly in the shape Graph returns and accepts for the SMS configuration. */
    static void writeSms(JsonGenerator g, SmsMethodConfiguration sms) throws IOException {
        g.writeStartObject();
        g.writeStringField("@odata.type", SmsMethodConfiguration.ODATA_TYPE);
        g.writeStringField("id", sms.id());
        optional(g, "state", sms.state());
        g.writeArrayFieldStart("includeTargets");
        for (IncludeTarget target : sms.includeTargets()) {
            g.writeStartObject();
            g.writeStringField("targetType", target.targetType().graphName());
            g.writeStringField("id", target.id());
            g.writeBooleanField("isUsableForSignIn", target.isUsableForSignIn());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("excludeTargets");
        for (ExcludeTarget target : sms.excludeTargets()) {
            g.writeStartObject();
            g.writeStringField("targetType", target.targetType().graphName());
            g.writeStringField("id", target.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSources(JsonGenerator g, Map<TenantCollection, SourceState> sources) throws IOException {
        g.writeObjectFieldStart("sources");
        for (Map.Entry<TenantCollection, SourceState> entry : sources.entrySet()) {
            g.writeObjectFieldStart(entry.getKey().jsonName());
            g.writeStringField("state", entry.getValue().state().jsonName());
            optional(g, "detail", entry.getValue().detail());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
