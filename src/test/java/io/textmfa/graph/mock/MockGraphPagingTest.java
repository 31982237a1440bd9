package io.textmfa.graph.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MockGraphPagingTest {
    private static final TenantSnapshot TENANT = MockTenant.of(250);
    private static final String USERS = "/users?%24select=id,displayName,assignedLicenses&%24top=100";

    @Test
    void usersWalkByAbsoluteNextLinksReturnsEveryUserOnce() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient client = new MockGraphClient(server);
            List<String> ids = new ArrayList<>();
            List<String> links = new ArrayList<>();
            String url = USERS;
            while (url != null) {
                MockGraphClient.Reply page = client.get(url);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.header("Content-Type")).isEqualTo("application/json");
                page.json().path("value").forEach(user -> ids.add(user.path("id").asText()));
                url = page.json().path("@odata.nextLink").asText(null);
                if (url != null) {
                    links.add(url);
                }
            }
            assertThat(ids).containsExactlyElementsOf(TENANT.users().stream().map(User::id).toList());
            assertThat(links).hasSize(2).allSatisfy(link -> assertThat(link)
                    .startsWith(server.baseUrl() + "/users?")
                    .contains("$select=id,displayName,assignedLicenses", "$top=100", "&$skiptoken="));
            assertThat(server.requestCount(MockEndpoint.USERS)).isEqualTo(3);
        }
    }

    @Test
    void usersCarrySelectedPropertiesOrGraphsDefaultOnes() {
        try (MockGraphServer server = new MockGraphServer(MockTenant.of(3)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            JsonNode selected = client.get("/users?$select=id,usageLocation,assignedLicenses").json().path("value").path(0);
            JsonNode plain = client.get("/users").json().path("value").path(0);

            assertThat(selected.path("usageLocation").asText()).isEqualTo("NZ");
            assertThat(selected.path("assignedLicenses").path(0).path("skuId").asText()).isEqualTo(MockTenant.SPE_E3);
            assertThat(selected.path("assignedLicenses").path(0).path("disabledPlans").isArray()).isTrue();
            assertThat(selected.has("displayName")).isFalse();
            assertThat(plain.path("displayName").asText()).isEqualTo("User 0");
            assertThat(plain.has("assignedLicenses")).isFalse();
            assertThat(plain.has("usageLocation")).isFalse();
        }
    }

    @Test
    void pageSizeOutsideOneTo999IsRefused() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient.Reply reply = new MockGraphClient(server).get("/users?$top=1000");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("Request_UnsupportedQuery");
        }
    }

    @Test
    void expiredSkipTokenFailsOnceSoThatARestartedWalkSucceeds() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().expiredSkipTokenOnce(2)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            String second = client.get(USERS).json().path("@odata.nextLink").asText();

            MockGraphClient.Reply expired = client.get(second);
            assertThat(expired.status()).isEqualTo(400);
            assertThat(expired.errorCode()).isEqualTo(MockGraphServer.EXPIRED_TOKEN_CODE);

            assertThat(walk(client, USERS, 10)).hasSize(250).doesNotHaveDuplicates();
        }
    }

    @Test
    void loopingSkipTokenLinksBackToAnEarlierPage() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().loopingSkipToken(3, 2)).start()) {
            MockGraphClient client = new MockGraphClient(server);
            String top50 = "/users?$select=id&$top=50";
            String toPage2 = client.get(top50).json().path("@odata.nextLink").asText();
            String toPage3 = client.get(toPage2).json().path("@odata.nextLink").asText();
            MockGraphClient.Reply page3 = client.get(toPage3);

            assertThat(page3.json().path("value")).hasSize(50);
            assertThat(page3.json().path("@odata.nextLink").asText()).isEqualTo(toPage2);
            List<String> twelvePages = walk(client, top50, 12);
            assertThat(twelvePages).hasSize(600).doesNotContain(MockTenant.userId(150));
            assertThat(new HashSet<>(twelvePages)).hasSize(150);
        }
    }

    @Test
    void serviceUnavailableStrikesOnePageOnce() {
        MockScenario scenario = MockScenario.none().serviceUnavailableOnce(2).retryAfterSeconds(0);
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            MockGraphClient client = new MockGraphClient(server);
            String second = client.get(USERS).json().path("@odata.nextLink").asText();

            MockGraphClient.Reply unavailable = client.get(second);
            MockGraphClient.Reply retried = client.get(second);

            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.header("Retry-After")).isEqualTo("0");
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.json().path("value").path(0).path("id").asText()).isEqualTo(MockTenant.userId(100));
        }
    }

    @Test
    void groupMembersAndRegistrationDetailsArePaged() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient client = new MockGraphClient(server);
            String members = "/groups/" + MockTenant.STAFF + "/transitiveMembers/graph.user?$select=id&$top=100";
            JsonNode first = client.get(members).json();

            assertThat(first.path("value").path(0).path("@odata.type").asText()).isEqualTo("#microsoft.graph.user");
            assertThat(walk(client, members, 5)).hasSize(250).doesNotHaveDuplicates();
            assertThat(walk(client, "/reports/authenticationMethods/userRegistrationDetails?$top=999", 2)).hasSize(250);
            JsonNode details = client.get("/reports/authenticationMethods/userRegistrationDetails?$top=1").json().path("value").path(0);
            assertThat(details.path("isAdmin").asBoolean()).isTrue();
            assertThat(details.path("methodsRegistered").path(0).asText()).isEqualTo("mobilePhone");
            assertThat(details.path("userPreferredMethodForSecondaryAuthentication").asText()).isEqualTo("sms");
        }
    }

    @Test
    void aGroupOutsideTheSnapshotIsNotFound() {
        try (MockGraphServer server = new MockGraphServer(TENANT).start()) {
            MockGraphClient client = new MockGraphClient(server);
            MockGraphClient.Reply found = client.get("/groups/" + MockTenant.FRONTLINE);
            MockGraphClient.Reply missing = client.get("/groups/" + MockTenant.DELETED);

            assertThat(found.json().path("displayName").asText()).isEqualTo("Frontline");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.errorCode()).isEqualTo("Request_ResourceNotFound");
        }
    }

    /** Follows nextLinks at most {@code maxPages} times and returns the ids read. */
    private static List<String> walk(MockGraphClient client, String first, int maxPages) {
        List<String> ids = new ArrayList<>();
        String url = first;
        for (int page = 0; page < maxPages && url != null; page++) {
            JsonNode body = client.get(url).json();
            body.path("value").forEach(item -> ids.add(item.path("id").asText()));
            url = body.path("@odata.nextLink").asText(null);
        }
        return ids;
    }
}
