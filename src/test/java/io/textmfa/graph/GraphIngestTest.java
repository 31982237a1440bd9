package io.textmfa.graph;

import io.textmfa.graph.mock.MockGraphServer;
import io.textmfa.graph.mock.MockScenario;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.UserRegistrationDetails;
import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ingest against the in-process Graph mock, through the real Graph SDK pipeline. */
class GraphIngestTest {
    private static final String TOKEN = "test-token-123";
    private static final TenantSnapshot TENANT = new TenantGenerator(17).generate(600);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    /** Graph's limits with 10-second windows shortened to 50 ms, so that paced page walks stay quick. */
    private static final GraphLimits FAST = GraphLimits.published().scaled(0.005);

    private final List<SourceProgress> progress = new CopyOnWriteArrayList<>();

    private TenantSnapshot ingest(MockGraphServer server, int pageSize, GraphLimits limits) throws Exception {
        server.requireToken(TOKEN);
        ConnectionSettings settings = new ConnectionSettings("contoso.onmicrosoft.com", null, AuthMethod.TOKEN, null, null,
                null, "TEXTMFA_TOKEN", Cloud.GLOBAL, server.baseUrl(), false);
        TenantConnector connector = new TenantConnector(name -> "TEXTMFA_TOKEN".equals(name) ? TOKEN : null, limits, CLOCK,
                new GraphIngest.Options(pageSize, 20));
        return connector.read(settings, progress::add, (code, url, message) -> { }, () -> false);
    }

    private TenantSnapshot ingest(MockScenario scenario, int pageSize) throws Exception {
        try (MockGraphServer server = new MockGraphServer(TENANT, scenario).start()) {
            return ingest(server, pageSize, FAST);
        }
    }

    private static Set<String> policyGroups(TenantSnapshot snapshot) {
        return snapshot.authenticationMethodsPolicy().sms().includeTargets().stream()
                .filter(t -> t.targetType() == TargetType.GROUP && !t.isAllUsers()).map(IncludeTarget::id)
                .collect(Collectors.toSet());
    }

    @Test
    void readsTheTenantTheMockServesAndSendsTheToken() throws Exception {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none()).start()) {
            TenantSnapshot read = ingest(server, 999, GraphLimits.published());

            assertThat(server.lastAuthorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(read.users()).isEqualTo(TENANT.users());
            assertThat(read.subscribedSkus()).isEqualTo(TENANT.subscribedSkus());
            assertThat(read.userRegistrationDetails()).isEqualTo(TENANT.userRegistrationDetails());
            assertThat(read.authenticationMethodsPolicy().sms()).isEqualTo(TENANT.authenticationMethodsPolicy().sms());
            Map<String, Group> served = TENANT.groups().stream().collect(Collectors.toMap(Group::id, g -> g));
            assertThat(read.groups()).isNotEmpty().allSatisfy(group -> assertThat(group).isEqualTo(served.get(group.id())));
            assertThat(read.groups()).extracting(Group::id).doesNotContain(TenantGenerator.DELETED_GROUP_ID);
            assertThat(policyGroups(TENANT)).contains(TenantGenerator.DELETED_GROUP_ID);
            for (TenantCollection collection : TenantCollection.values()) {
                assertThat(read.sourceState(collection).state()).as(collection.label()).isEqualTo(
                        collection == TenantCollection.GROUPS ? SourceStatus.PARTIAL : SourceStatus.COMPLETE);
            }
            assertThat(read.sourceState(TenantCollection.GROUPS).detail()).startsWith("the groups the SMS policy names");
            assertThat(read.source()).isEqualTo(io.textmfa.tenant.SnapshotSource.GRAPH);
            assertThat(read.capturedAt()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        }
    }

    @Test
    void phoneMethodsAreReadForUsersInScopeOrWithAPhoneRegisteredAndMatchTheTenant() throws Exception {
        TenantSnapshot read = ingest(MockScenario.none(), 999);

        Set<String> registeredPhone = TENANT.userRegistrationDetails().stream().filter(UserRegistrationDetails::hasPhoneMethod)
                .map(UserRegistrationDetails::id).collect(Collectors.toSet());
        for (String userId : registeredPhone) {
            assertThat(read.phoneMethodsOf(userId)).as(userId).isEqualTo(TENANT.phoneMethodsOf(userId));
        }
        assertThat(read.phoneMethods().keySet()).isSubsetOf(TENANT.phoneMethods().keySet());
        assertThat(progress).anyMatch(p -> p.done() && p.collection() == TenantCollection.PHONE_METHODS && p.requests() > 0);
    }

    @Test
    void aRefusedReportIsForbiddenAndNamesThePermissionWhileTheRestIsComplete() throws Exception {
        TenantSnapshot read = ingest(MockScenario.none().forbidden("/reports/"), 999);

        assertThat(read.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state()).isEqualTo(SourceStatus.FORBIDDEN);
        assertThat(read.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).detail())
                .startsWith("AuditLog.Read.All not granted (Graph answered 403");
        assertThat(read.userRegistrationDetails()).isEmpty();
        assertThat(read.users()).hasSize(600);
        assertThat(read.sourceState(TenantCollection.USERS).state()).isEqualTo(SourceStatus.COMPLETE);
        assertThat(read.sourceState(TenantCollection.PHONE_METHODS).state()).as("read for everyone instead")
                .isEqualTo(SourceStatus.COMPLETE);
    }

    @Test
    void eachRefusedSourceNamesItsOwnPermission() throws Exception {
        TenantSnapshot read = ingest(MockScenario.none().forbidden("/users").forbidden("/subscribedSkus")
                .forbidden("/policies/"), 999);

        assertThat(read.sourceState(TenantCollection.USERS).state()).isEqualTo(SourceStatus.FORBIDDEN);
        assertThat(read.sourceState(TenantCollection.USERS).detail()).startsWith("User.Read.All not granted");
        assertThat(read.sourceState(TenantCollection.SUBSCRIBED_SKUS).detail()).startsWith("Organization.Read.All not granted");
        assertThat(read.sourceState(TenantCollection.AUTHENTICATION_METHODS_POLICY).detail())
                .startsWith("Policy.Read.AuthenticationMethod not granted");
        assertThat(read.sourceState(TenantCollection.GROUPS).state()).isEqualTo(SourceStatus.NOT_REQUESTED);
        assertThat(read.users()).isEmpty();
        assertThat(io.textmfa.tenant.TenantOverview.of(read).users()).isZero();
        assertThat(read.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state()).isEqualTo(SourceStatus.COMPLETE);
    }

    @Test
    void aTenantWithoutPremiumIsUnlicensedForRegistrationDetails() throws Exception {
        TenantSnapshot read = ingest(MockScenario.none().unlicensedRegistrationDetails(), 999);

        assertThat(read.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).state()).isEqualTo(SourceStatus.UNLICENSED);
        assertThat(read.sourceState(TenantCollection.USER_REGISTRATION_DETAILS).detail()).contains("Entra ID P1 or P2");
    }

    @Test
    void aServerErrorMidWalkIsRetriedAndAnExpiredSkipTokenRestartsTheWalkOnce() throws Exception {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().retryAfterSeconds(0)
                .serviceUnavailableOnce(3).expiredSkipTokenOnce(5)).start()) {
            TenantSnapshot read = ingest(server, 100, FAST);

            assertThat(read.users()).hasSize(600).isEqualTo(TENANT.users());
            assertThat(read.sourceState(TenantCollection.USERS).state()).isEqualTo(SourceStatus.COMPLETE);
            assertThat(read.sourceState(TenantCollection.USERS).detail()).contains("restarted once after an expired skipToken");
            assertThat(server.requestCount(io.textmfa.graph.mock.MockEndpoint.USERS)).as("6 pages, a 503 and a restart")
                    .isGreaterThan(8);
        }
    }

    @Test
    void aLoopingSkipTokenStopsTheWalkAsPartial() throws Exception {
        TenantSnapshot read = ingest(MockScenario.none().loopingSkipToken(3, 2), 100);

        assertThat(read.sourceState(TenantCollection.USERS).state()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(read.sourceState(TenantCollection.USERS).detail()).contains("repeated a skipToken");
    }

    @Test
    void throttledBatchesAreRetriedUntilEveryPhoneMethodIsRead() throws Exception {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none().throttle(60, Duration.ofMillis(200))
                .retryAfterSeconds(0)).start()) {
            TenantSnapshot read = ingest(server, 999, new GraphLimits(100_000, Duration.ofSeconds(1), 100, Duration.ofSeconds(1)));

            assertThat(server.throttledCount()).isPositive();
            assertThat(read.sourceState(TenantCollection.PHONE_METHODS).state()).isEqualTo(SourceStatus.COMPLETE);
            assertThat(progress).anyMatch(p -> p.throttleWaits() > 0);
        }
    }

    @Test
    void aWrongTokenIsASignInFailure() {
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none()).start()) {
            server.requireToken("another-token");
            ConnectionSettings settings = new ConnectionSettings("t", null, AuthMethod.TOKEN, null, null, null, "X",
                    Cloud.GLOBAL, server.baseUrl(), false);
            assertThatThrownBy(() -> new TenantConnector(name -> TOKEN, GraphLimits.published(), CLOCK)
                    .read(settings, IngestListener.NONE, (c, u, m) -> { }, () -> false))
                    .isInstanceOf(GraphFailure.class)
                    .hasMessageStartingWith("Graph refused the access token (401");
        }
    }

    @Test
    void cancellingStopsTheIngest() {
        AtomicBoolean cancel = new AtomicBoolean();
        List<SourceProgress> seen = new ArrayList<>();
        try (MockGraphServer server = new MockGraphServer(TENANT, MockScenario.none()).start()) {
            ConnectionSettings settings = new ConnectionSettings("t", null, AuthMethod.TOKEN, null, null, null, "X",
                    Cloud.GLOBAL, server.baseUrl(), false);
            assertThatThrownBy(() -> new TenantConnector(name -> TOKEN, new GraphLimits(1, Duration.ofSeconds(30), 1,
                    Duration.ofSeconds(30)), CLOCK).read(settings, p -> {
                        seen.add(p);
                        cancel.set(true);
                    }, (c, u, m) -> { }, cancel::get))
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void plainHttpIsRefusedForAnythingButLoopback() {
        ConnectionSettings settings = new ConnectionSettings("t", null, AuthMethod.TOKEN, null, null, null, "X", Cloud.GLOBAL,
                "http://graph.example.com/v1.0", false);
        assertThatThrownBy(() -> GraphApi.connect(settings, new StaticTokenCredential(TOKEN), GraphLimits.published()))
                .isInstanceOf(GraphFailure.class)
                .hasMessage("The Graph URL http://graph.example.com/v1.0 must use https (plain http only for localhost,"
                        + " 127.0.0.1 or [::1]).");
    }
}
