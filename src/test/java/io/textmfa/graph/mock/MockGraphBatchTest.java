package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.tenant.TenantSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MockGraphBatchTest {
    private static final TenantSnapshot TENANT = MockTenant.of(40);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twentyPhoneMethodRequestsAreAnsweredAsIfSentAlone() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient client = new MockGraphClient(server);
            MockGraphClient.Reply reply = client.post("/$batch", phoneMethodsBatch(0, 20));

            assertThat(reply.status()).isEqualTo(200);
            Map<String, JsonNode> byId = byId(reply.json());
            assertThat(byId).hasSize(20);
            for (int i = 0; i < 20; i++) {
                JsonNode response = byId.get(String.valueOf(i + 1));
                assertThat(response.path("status").asInt()).isEqualTo(200);
                assertThat(response.path("headers").path("Content-Type").asText()).isEqualTo("application/json");
                String single = "/users/" + MockTenant.userId(i) + "/authentication/phoneMethods";
                assertThat(response.path("body")).isEqualTo(client.get(single).json());
            }
            JsonNode phone = byId.get("1").path("body").path("value").path(0);
            assertThat(phone.path("phoneType").asText()).isEqualTo("mobile");
            assertThat(phone.path("phoneNumber").asText()).isEqualTo("+64 210000");
            assertThat(phone.path("id").asText()).isEqualTo(GraphJson.MOBILE_METHOD_ID);
            assertThat(byId.get("2").path("body").path("value")).isEmpty();
            assertThat(server.requestCount(MockEndpoint.BATCH)).isEqualTo(1);
            assertThat(server.requestCount(MockEndpoint.PHONE_METHODS)).isEqualTo(40);
        }
    }

    @Test
    void twentyOneRequestsAreRefused() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient.Reply reply = new MockGraphClient(server).post("/$batch", phoneMethodsBatch(0, 21));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("BadRequest");
            assertThat(server.requestCount(MockEndpoint.PHONE_METHODS)).isZero();
        }
    }

    @Test
    void innerRequestsOverTheLimitGet429WithRetryAfterWhileTheBatchGets200() {
        MockScenario scenario = MockScenario.none().throttle(5, Duration.ofSeconds(100));
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            MockGraphClient.Reply reply = new MockGraphClient(server).post("/$batch", phoneMethodsBatch(0, 20));

            assertThat(reply.status()).isEqualTo(200);
            List<JsonNode> throttled = new ArrayList<>();
            byId(reply.json()).values().stream().filter(r -> r.path("status").asInt() == 429).forEach(throttled::add);
            assertThat(throttled).hasSize(15).allSatisfy(response -> {
                assertThat(Integer.parseInt(response.path("headers").path("Retry-After").asText())).isBetween(1, 20);
                assertThat(response.path("body").path("error").path("code").asText()).isEqualTo("TooManyRequests");
            });
            assertThat(server.throttledCount()).isEqualTo(15);
        }
    }

    @Test
    void innerUrlsWorkWithoutLeadingSlashAndFailOnTheirOwn() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode requests = body.putArray("requests");
            requests.addObject().put("id", "a").put("method", "GET").put("url", "users/" + MockTenant.userId(0)
                    + "/authentication/phoneMethods");
            requests.addObject().put("id", "b").put("method", "GET").put("url", "/users/nobody/authentication/phoneMethods");
            requests.addObject().put("id", "c").put("method", "GET").put("url", "/users?%24select=id&%24top=2");

            Map<String, JsonNode> byId = byId(new MockGraphClient(server).post("/$batch", body.toString()).json());

            assertThat(byId.get("a").path("status").asInt()).isEqualTo(200);
            assertThat(byId.get("b").path("status").asInt()).isEqualTo(404);
            assertThat(byId.get("b").path("body").path("error").path("code").asText()).isEqualTo("Request_ResourceNotFound");
            assertThat(byId.get("c").path("body").path("value")).hasSize(2);
            assertThat(byId.get("c").path("body").path("@odata.nextLink").asText()).startsWith(server.baseUrl() + "/users?");
        }
    }

    static String phoneMethodsBatch(int from, int count) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (int i = 0; i < count; i++) {
            ObjectNode request = requests.addObject();
            request.put("id", String.valueOf(i + 1));
            request.put("method", "GET");
            request.put("url", "/users/" + MockTenant.userId(from + i) + "/authentication/phoneMethods");
            request.putObject("headers").put("Accept", "application/json");
        }
        return body.toString();
    }

    private static Map<String, JsonNode> byId(JsonNode batch) {
        Map<String, JsonNode> byId = new HashMap<>();
        batch.path("responses").forEach(response -> byId.put(response.path("id").asText(), response));
        return byId;
    }
}
