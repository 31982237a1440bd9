package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MockGraphPolicyTest {
    private static final String POLICY = "/policies/authenticationMethodsPolicy";
    private static final String SMS = POLICY + "/authenticationMethodConfigurations/Sms";
    private static final String ALL_USERS_PATCH = "{\"@odata.type\":\"#microsoft.graph.smsAuthenticationMethodConfiguration\","
            + "\"state\":\"enabled\",\"includeTargets\":[{\"targetType\":\"group\",\"id\":\"all_users\",\"isUsableForSignIn\":false}],"
            + "\"excludeTargets\":[]}";

    @Test
    void thePolicyListsTheSmsConfigurationWithItsTargets() {
        try (MockGraphServer server = new MockGraphServer(MockTenant.of(5)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            JsonNode policy = client.get(POLICY).json();
            JsonNode sms = null;
            for (JsonNode configuration : policy.path("authenticationMethodConfigurations")) {
                if (configuration.path("id").asText().equals("Sms")) {
                    sms = configuration;
                }
            }

            assertThat(policy.path("id").asText()).isEqualTo("authenticationMethodsPolicy");
            assertThat(policy.path("policyMigrationState").asText()).isEqualTo("migrationComplete");
            assertThat(policy.path("authenticationMethodConfigurations")).hasSize(4)
                    .allSatisfy(configuration -> assertThat(configuration.path("@odata.type").asText()).startsWith("#microsoft.graph."));
            assertThat(sms).isNotNull();
            assertThat(sms.path("@odata.type").asText()).isEqualTo(SmsMethodConfiguration.ODATA_TYPE);
            assertThat(sms.path("includeTargets").path(1).path("id").asText()).isEqualTo(MockTenant.DELETED);
            assertThat(sms.path("includeTargets").path(1).path("isUsableForSignIn").asBoolean()).isTrue();
            assertThat(sms.path("excludeTargets").path(0).path("targetType").asText()).isEqualTo("group");
            assertThat(client.get(SMS).json()).isEqualTo(sms);
            assertThat(client.get(SMS.replace("/Sms", "/sms")).json()).isEqualTo(sms);
        }
    }

    @Test
    void aPatchWithoutODataTypeIsRefusedAndChangesNothing() {
        try (MockGraphServer server = new MockGraphServer(MockTenant.of(5)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            String body = ALL_USERS_PATCH.replace("\"@odata.type\":\"#microsoft.graph.smsAuthenticationMethodConfiguration\",", "");
            MockGraphClient.Reply reply = client.patch(SMS, body);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().path("error").path("message").asText()).contains("@odata.type");
            assertThat(server.patchBodies()).containsExactly(body);
            assertThat(server.servedPolicy().sms().includeTargets()).hasSize(2);
        }
    }

    @Test
    void aTypedPatchAnswers204AndChangesTheServedPolicy() {
        try (MockGraphServer server = new MockGraphServer(MockTenant.of(5)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            int before = server.minimumRequests(999, 20, Set.of());
            MockGraphClient.Reply reply = client.patch(SMS.replace("/Sms", "/sms"), ALL_USERS_PATCH);

            assertThat(reply.status()).isEqualTo(204);
            JsonNode sms = client.get(SMS).json();
            assertThat(sms.path("includeTargets")).hasSize(1);
            assertThat(sms.path("includeTargets").path(0).path("id").asText()).isEqualTo(IncludeTarget.ALL_USERS);
            assertThat(sms.path("excludeTargets")).isEmpty();
            assertThat(server.servedPolicy().sms().includeTargets().get(0).isAllUsers()).isTrue();
            assertThat(server.patchBodies()).containsExactly(ALL_USERS_PATCH);
            // the groups Staff (1 + 1 page), the deleted one (1) and Frontline (1 + 1) are no longer targeted
            assertThat(server.minimumRequests(999, 20, Set.of())).isEqualTo(before - 5);
        }
    }

    @Test
    void theNextPatchCanBeMadeToFailWith500() {
        try (MockGraphServer server = new MockGraphServer(MockTenant.of(5)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            server.failNextPatch();

            assertThat(client.patch(SMS, ALL_USERS_PATCH).status()).isEqualTo(500);
            assertThat(server.servedPolicy().sms().includeTargets()).hasSize(2);
            assertThat(client.patch(SMS, ALL_USERS_PATCH).status()).isEqualTo(204);
            assertThat(server.patchBodies()).hasSize(2);
        }
    }
}
