package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.textmfa.tenant.TenantSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MockGraphAccessTest {
    private static final TenantSnapshot TENANT = MockTenant.of(10);
    private static final String REPORT = "/reports/authenticationMethods/userRegistrationDetails";

    @Test
    void requestsWithoutBearerTokenGet401WithAnODataError() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient.Reply reply = new MockGraphClient(server).authorization(null).get("/subscribedSkus");

            assertThat(reply.status()).isEqualTo(401);
            JsonNode error = reply.json().path("error");
            assertThat(error.path("code").asText()).isEqualTo(MockGraphServer.INVALID_TOKEN_CODE);
            assertThat(error.path("message").asText()).isNotBlank();
            assertThat(error.path("innerError").path("date").asText()).endsWith("Z");
            assertThat(error.path("innerError").path("request-id").asText()).isEqualTo(reply.header("request-id"));
        }
    }

    @Test
    void aRequiredTokenRefusesOtherTokensAndTheLastHeaderIsKept() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            server.requireToken("right");
            MockGraphClient client = new MockGraphClient(server);

            assertThat(client.authorization("Bearer wrong").get("/subscribedSkus").status()).isEqualTo(401);
            assertThat(client.authorization("Bearer right").get("/subscribedSkus").status()).isEqualTo(200);
            assertThat(server.lastAuthorization()).isEqualTo("Bearer right");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void missingTokensCanBeAllowedForAnonymousClients() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            server.allowMissingToken();

            assertThat(new MockGraphClient(server).authorization(null).get("/subscribedSkus").status()).isEqualTo(200);
        }
    }

    @Test
    void aForbiddenPrefixAnswers403EverywhereBelowIt() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().forbidden("/reports")).start()) {
            MockGraphClient client = new MockGraphClient(server);
            MockGraphClient.Reply reply = client.get(REPORT);
            String batch = "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"" + REPORT + "\"}]}";
            JsonNode inner = client.post("/$batch", batch).json().path("responses").path(0);

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.errorCode()).isEqualTo(MockGraphServer.FORBIDDEN_CODE);
            assertThat(inner.path("status").asInt()).isEqualTo(403);
            assertThat(client.get("/users").status()).isEqualTo(200);
        }
    }

    @Test
    void anUnlicensedTenantGets403OnRegistrationDetailsOnly() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().unlicensedRegistrationDetails()).start()) {
            MockGraphClient client = new MockGraphClient(server);
            MockGraphClient.Reply reply = client.get(REPORT + "?$top=999");

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().path("error").path("message").asText())
                    .isEqualTo("Tenant does not have a SKU required for this feature.");
            assertThat(client.get("/subscribedSkus").status()).isEqualTo(200);
        }
    }

    @Test
    void unknownPathsAndVersionsAreRefused() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient client = new MockGraphClient(server);

            assertThat(client.get("/applications").status()).isEqualTo(400);
            assertThat(client.get(server.baseUrl().replace("/v1.0", "/beta") + "/users").status()).isEqualTo(400);
            assertThat(client.post("/users", "{}").status()).isEqualTo(405);
            assertThat(server.requestCount(MockEndpoint.UNKNOWN)).isEqualTo(1);
        }
    }

    @Test
    void organizationAndSkusUseGraphsShapes() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient client = new MockGraphClient(server);
            JsonNode organization = client.get("/organization?$select=id,displayName,verifiedDomains").json().path("value").path(0);
            JsonNode sku = client.get("/subscribedSkus").json().path("value").path(0);

            assertThat(organization.path("displayName").asText()).isEqualTo("Fabrikam");
            assertThat(organization.path("verifiedDomains").path(0).path("isDefault").asBoolean()).isTrue();
            assertThat(sku.path("skuPartNumber").asText()).isEqualTo("SPE_E3");
            assertThat(sku.path("prepaidUnits").path("enabled").asInt()).isEqualTo(20);
            assertThat(sku.path("servicePlans").path(0).path("servicePlanId").asText()).isEqualTo(MockTenant.P1);
        }
    }
}
