package io.textmfa.graph.mock;

import io.textmfa.tenant.TenantSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MockGraphThrottlingTest {
    private static final TenantSnapshot TENANT = MockTenant.of(250);
    private static final String REPORT = "/reports/authenticationMethods/userRegistrationDetails?$top=999";

    @Test
    void spentUnitsGet429WithRetryAfterUntilTheScaledWindowRefills() throws InterruptedException {
        MockScenario scenario = MockScenario.none().throttle(4, Duration.ofSeconds(10)).timeScale(0.03);
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            MockGraphClient client = new MockGraphClient(server);
            assertThat(client.get("/subscribedSkus").status()).isEqualTo(200);

            MockGraphClient.Reply throttled = client.get("/subscribedSkus");
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).isEqualTo("1");
            assertThat(throttled.errorCode()).isEqualTo("TooManyRequests");

            Thread.sleep(320);
            assertThat(client.get("/subscribedSkus").status()).isEqualTo(200);
            assertThat(server.throttledCount()).isEqualTo(1);
            assertThat(server.resourceUnits()).isEqualTo(6);
        }
    }

    @Test
    void retryAfterCanBeForced() {
        MockScenario scenario = MockScenario.none().throttle(1, Duration.ofSeconds(10)).retryAfterSeconds(0);
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            MockGraphClient client = new MockGraphClient(server);
            client.get("/policies/authenticationMethodsPolicy");

            assertThat(client.get("/policies/authenticationMethodsPolicy").header("Retry-After")).isEqualTo("0");
        }
    }

    @Test
    void reportsAllowFiveRequestsPerScaledTenSeconds() throws InterruptedException {
        MockScenario scenario = MockScenario.none().reportsLimit().timeScale(0.03);
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            MockGraphClient client = new MockGraphClient(server);
            for (int i = 0; i < 5; i++) {
                assertThat(client.get(REPORT).status()).isEqualTo(200);
            }
            assertThat(client.get(REPORT).status()).isEqualTo(429);
            assertThat(client.get("/users").status()).isEqualTo(200);

            Thread.sleep(310);
            assertThat(client.get(REPORT).status()).isEqualTo(200);
        }
    }

    @Test
    void countersCountHttpRequestsEndpointsAndThrottling() {
        MockScenario scenario = MockScenario.none().throttle(3, Duration.ofSeconds(100));
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            MockGraphClient client = new MockGraphClient(server);
            client.get("/users?$select=id");
            client.get("/users?$select=id");
            client.get("/users?$select=id");
            client.get("/users?$select=id");
            client.post("/$batch", MockGraphBatchTest.phoneMethodsBatch(0, 2));

            assertThat(server.requestCount()).isEqualTo(5);
            assertThat(server.requestCount(MockEndpoint.USERS)).isEqualTo(4);
            assertThat(server.requestCount(MockEndpoint.BATCH)).isEqualTo(1);
            assertThat(server.requestCount(MockEndpoint.PHONE_METHODS)).isEqualTo(2);
            assertThat(server.throttledCount()).isEqualTo(3);
            assertThat(server.requestCounts()).containsEntry(MockEndpoint.SUBSCRIBED_SKUS, 0L);

            server.resetCounters();
            assertThat(server.requestCount()).isZero();
            assertThat(server.throttledCount()).isZero();
        }
    }

    @Test
    void minimumRequestsCountsPagesGroupsAndBatches() {
        try (MockGraphServer server = new MockGraphServer(TENANT)) {
            Set<String> phoneUsers = new HashSet<>();
            for (int i = 0; i < 125; i++) {
                phoneUsers.add(MockTenant.userId(i));
            }
            // users 3 + registrations 3 + skus 1 + policy 1 + Staff (1 + 3) + deleted (1) + Frontline (1 + 1) + batches 7
            assertThat(server.minimumRequests(100, 20, phoneUsers)).isEqualTo(22);
            // users 1 + registrations 1 + skus 1 + policy 1 + Staff 2 + deleted 1 + Frontline 2 + no batch
            assertThat(server.minimumRequests(999, 20, Set.of())).isEqualTo(9);
        }
    }

    @Test
    void throttlingFloorFollowsTheBucketAndTheReportsLimit() {
        MockScenario scenario = MockScenario.none().throttle(10, Duration.ofSeconds(10)).reportsLimit();
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario)) {
            // units: users 3x1 + reports 3x1 + skus 3 + policy 1 + groups 3 + member pages 4 + phones 0 = 17 -> 7 over the bucket
            assertThat(server.throttlingFloor(100, 20, Set.of())).isEqualTo(Duration.ofSeconds(7));
            assertThat(new MockGraphServer(TENANT).throttlingFloor(100, 20, Set.of())).isZero();
        }
    }
}
