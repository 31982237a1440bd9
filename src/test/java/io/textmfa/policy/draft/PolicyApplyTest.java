package io.textmfa.policy.draft;

import io.textmfa.graph.AuthMethod;
import io.textmfa.graph.Cloud;
import io.textmfa.graph.ConnectionSettings;
import io.textmfa.graph.Credentials;
import io.textmfa.graph.GraphPolicyGateway;
import io.textmfa.graph.mock.MockGraphServer;
import io.textmfa.graph.mock.MockScenario;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

/** The safe apply sequence against the Graph mock. */
class PolicyApplyTest {
    private static final String TOKEN = "apply-token";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:30Z"), ZoneOffset.UTC);
    private static final TenantSnapshot TENANT = new TenantGenerator(3).generate(200);

    @TempDir
    Path folder;

    private MockGraphServer server;
    private PolicyApply apply;
    private BackupStore backups;
    private AuditLog audit;
    private SmsMethodConfiguration base;
    private SmsMethodConfiguration draft;

    @BeforeEach
    void start() throws Exception {
        server = new MockGraphServer(TENANT, MockScenario.none()).start();
        server.requireToken(TOKEN);
        ConnectionSettings settings = new ConnectionSettings("contoso", null, AuthMethod.TOKEN, null, null, null, "T",
                Cloud.GLOBAL, server.baseUrl(), false);
        GraphPolicyGateway gateway = GraphPolicyGateway.connect(settings, new Credentials(name -> TOKEN, (c, u, m) -> { }),
                "tenant-1");
        backups = new BackupStore(folder.resolve("backups"));
        audit = new AuditLog(folder.resolve("audit.log"));
        apply = new PolicyApply(gateway, backups, audit, CLOCK);
        base = TENANT.authenticationMethodsPolicy().sms();
        List<IncludeTarget> includes = new ArrayList<>(base.includeTargets());
        includes.add(includeGroup(IncludeTarget.ALL_USERS, false));
        draft = new SmsMethodConfiguration("Sms", "enabled", includes, base.excludeTargets());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCleanApplyBacksUpWritesVerifiesAndLogs() throws Exception {
        PolicyApply.Outcome outcome = apply.apply(base, draft);

        assertThat(outcome.applied()).as(outcome.message()).isTrue();
        assertThat(outcome.failedStep()).isNull();
        assertThat(server.servedPolicy().sms()).satisfies(sms -> assertThat(SmsConfigurations.same(sms, draft)).isTrue());
        assertThat(server.patchBodies()).singleElement().asString()
                .contains("\"@odata.type\" : \"#microsoft.graph.smsAuthenticationMethodConfiguration\"");
        assertThat(outcome.backup().file().getFileName().toString()).isEqualTo("sms-tenant-1-20261204T101530Z.json");
        assertThat(SmsConfigurations.same(backups.read(outcome.backup().file()).configuration(), base)).isTrue();
        List<String> log = Files.readAllLines(audit.file());
        assertThat(log).singleElement().asString().contains("\"tenant\":\"tenant-1\"", "\"result\":\"applied\"",
                "\"time\":\"2026-12-04T10:15:30Z\"").doesNotContain(TOKEN);
        assertThat(server.lastAuthorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aConflictIsRefusedAndNothingIsWritten() throws Exception {
        server.changeSmsConfiguration(new SmsMethodConfiguration("Sms", "disabled", base.includeTargets(), base.excludeTargets()));

        PolicyApply.Outcome outcome = apply.apply(base, draft);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.failedStep()).isEqualTo(PolicyApply.Step.CONFLICT_CHECK);
        assertThat(outcome.message()).startsWith("The live SMS configuration changed since the draft was based on it");
        assertThat(server.patchBodies()).isEmpty();
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void aFailingPatchKeepsTheBackupAndSaysTheLiveStateIsUnchanged() throws Exception {
        server.failNextPatch();

        PolicyApply.Outcome outcome = apply.apply(base, draft);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.failedStep()).isEqualTo(PolicyApply.Step.WRITE);
        assertThat(outcome.message()).contains("the live configuration is unchanged", "is kept");
        assertThat(SmsConfigurations.same(server.servedPolicy().sms(), base)).isTrue();
        assertThat(backups.list()).hasSize(1);
        assertThat(Files.readString(audit.file())).contains("failed at write");
    }

    @Test
    void aVerifyMismatchIsReported() {
        server.ignoreNextPatch();

        PolicyApply.Outcome outcome = apply.apply(base, draft);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.failedStep()).isEqualTo(PolicyApply.Step.VERIFY);
        assertThat(outcome.message()).startsWith("The live configuration differs from the draft after writing:")
                .contains("All users");
    }

    @Test
    void restoringABackupRoundTrips() throws Exception {
        PolicyApply.Outcome applied = apply.apply(base, draft);
        PolicyBackup backup = backups.read(applied.backup().file());

        PolicyApply.Outcome restored = new PolicyApply(GraphPolicyGateway.connect(new ConnectionSettings("contoso", null,
                AuthMethod.TOKEN, null, null, null, "T", Cloud.GLOBAL, server.baseUrl(), false),
                new Credentials(name -> TOKEN, (c, u, m) -> { }), "tenant-1"), backups, audit,
                Clock.offset(CLOCK, java.time.Duration.ofMinutes(1))).apply(draft, backup.configuration());

        assertThat(restored.applied()).as(restored.message()).isTrue();
        assertThat(SmsConfigurations.same(server.servedPolicy().sms(), base)).isTrue();
        assertThat(backups.list()).hasSize(2);
    }
}
