package io.textmfa.ui.policy;

import io.textmfa.policy.draft.PolicyApply;
import io.textmfa.policy.draft.PolicyGateway;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.concurrent.SameThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyViewModelTest {
    private final SimpleObjectProperty<TenantSnapshot> snapshot = new SimpleObjectProperty<>(TenantGenerator.demoTenant());
    private int reloads;
    private boolean deviceCodeSignIn;
    private io.textmfa.policy.draft.BackupStore store;

    private final PolicyViewModel viewModel = new PolicyViewModel(new SameThreadTaskExecutor(), new PolicyViewModel.Host() {
        @Override
        public ObservableValue<TenantSnapshot> snapshot() {
            return snapshot;
        }

        @Override
        public void showSimulation(TenantSnapshot simulated) {
            snapshot.set(simulated);
        }

        @Override
        public PolicyGateway liveGateway(java.util.function.Consumer<String> signInPrompt) {
            if (deviceCodeSignIn) {
                signInPrompt.accept("To sign in, open https://microsoft.com/devicelogin and enter the code ABCD1234.");
                throw new IllegalStateException("Sign-in was cancelled.");
            }
            return null;
        }

        @Override
        public PolicyApply applier(PolicyGateway gateway) {
            throw new AssertionError("offline");
        }

        @Override
        public void reload() {
            reloads++;
        }

        @Override
        public java.util.List<io.textmfa.policy.draft.PolicyBackup> backups() throws java.io.IOException {
            return store.list();
        }
    });

    private GroupChoice group(String prefix) {
        return viewModel.choices().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void startsFromTheTenantsConfigurationWithItsProblems() {
        assertThat(viewModel.enabledProperty().get()).isTrue();
        assertThat(viewModel.includes()).hasSize(3);
        assertThat(viewModel.includes()).anyMatch(r -> r.label().endsWith("(not in the tenant)"));
        assertThat(viewModel.findings()).first().extracting(f -> f.sentence()).asString().contains("not in the directory");
        assertThat(viewModel.diff()).containsExactly("No change from the tenant's current configuration.");
        assertThat(viewModel.canApplyProperty().get()).isFalse();
        assertThat(viewModel.choices()).first().isEqualTo(GroupChoice.ALL_USERS);
    }

    @Test
    void pickingAGroupChangesTheWhatIf() {
        viewModel.remove(viewModel.includes().stream().filter(r -> r.label().endsWith("(not in the tenant)")).findFirst().orElseThrow());
        viewModel.addInclude(group("All Staff"), false);

        assertThat(viewModel.whatIfProperty().get().gainMfa().count()).isPositive();
        assertThat(viewModel.whatIfCards().get(0).label()).isEqualTo("Gain SMS MFA");
        assertThat(viewModel.diff()).anyMatch(line -> line.startsWith("+ include group All Staff"));
        assertThat(viewModel.drillDown()).hasSize(viewModel.whatIfProperty().get().gainMfa().count());
        assertThat(viewModel.canApplyProperty().get()).isTrue();
    }

    @Test
    void signInAndExclusionsAreEditable() {
        var frontline = viewModel.includes().stream().filter(r -> r.label().equals("Frontline Workers")).findFirst().orElseThrow();
        viewModel.setSignIn(frontline, false);
        assertThat(viewModel.whatIfProperty().get().loseSignIn().count()).isPositive();

        viewModel.addExclude(group("Frontline"));
        assertThat(viewModel.whatIfProperty().get().loseMfa().count()).isPositive();
        viewModel.drillDownGroupProperty().set("loseMfa");
        assertThat(viewModel.drillDown()).hasSize(viewModel.whatIfProperty().get().loseMfa().count());

        viewModel.revert();
        assertThat(viewModel.diff()).containsExactly("No change from the tenant's current configuration.");
    }

    @Test
    void offlineApplyShowsASimulationThatBecomesTheNewBase() {
        viewModel.remove(viewModel.includes().stream().filter(r -> r.label().endsWith("(not in the tenant)")).findFirst().orElseThrow());
        viewModel.addInclude(GroupChoice.ALL_USERS, false);

        viewModel.apply();

        assertThat(snapshot.get().tenant().displayName()).isEqualTo("Contoso (simulated policy)");
        assertThat(snapshot.get().authenticationMethodsPolicy().sms().includeTargets()).anyMatch(IncludeTarget::isAllUsers);
        assertThat(viewModel.diff()).containsExactly("No change from the tenant's current configuration.");
        assertThat(viewModel.statusProperty().get()).startsWith("Simulation:");
        assertThat(reloads).isZero();
    }

    @Test
    void theWriteModeSignInPromptIsShownWhileApplying() {
        deviceCodeSignIn = true;
        java.util.List<String> statuses = new java.util.ArrayList<>();
        viewModel.statusProperty().addListener((o, was, now) -> statuses.add(now));
        viewModel.addInclude(GroupChoice.ALL_USERS, false);

        viewModel.apply();

        assertThat(statuses).contains("To sign in, open https://microsoft.com/devicelogin and enter the code ABCD1234.");
        assertThat(viewModel.errorProperty().get().message()).isEqualTo("Sign-in was cancelled.");
        assertThat(reloads).isZero();
    }

    @Test
    void backupsAreListedNewestFirstAndOneBecomesTheDraft(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        store = new io.textmfa.policy.draft.BackupStore(folder);
        var current = snapshot.get().authenticationMethodsPolicy().sms();
        var disabled = new io.textmfa.tenant.SmsMethodConfiguration(current.id(), "disabled", current.includeTargets(),
                current.excludeTargets());
        store.save("tenant-a", current, java.time.Instant.parse("2026-11-01T10:00:00Z"));
        store.save("tenant-a", disabled, java.time.Instant.parse("2026-12-01T10:00:00Z"));

        viewModel.loadBackups();

        assertThat(viewModel.backups()).extracting(b -> b.takenAt().toString())
                .containsExactly("2026-12-01T10:00:00Z", "2026-11-01T10:00:00Z");
        assertThat(viewModel.backupDiff(viewModel.backups().get(0))).containsExactly("State: enabled → disabled");
        assertThat(viewModel.backupDiff(viewModel.backups().get(1)))
                .containsExactly("The backup equals the tenant's current configuration.");

        viewModel.useBackup(viewModel.backups().get(0));

        assertThat(viewModel.enabledProperty().get()).isFalse();
        assertThat(viewModel.diff()).contains("State: enabled → disabled");
        assertThat(viewModel.statusProperty().get()).endsWith("is the draft; Apply restores it.");
    }

    @Test
    void anUnreadableBackupFolderIsOneSentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path file = folder.resolve("sms-tenant-a-20261201T100000Z.json");
        java.nio.file.Files.writeString(file, "{ not json");
        store = new io.textmfa.policy.draft.BackupStore(folder);

        viewModel.loadBackups();

        assertThat(viewModel.errorProperty().get().title()).isEqualTo("Could not list the backups");
        assertThat(viewModel.errorProperty().get().message()).contains("sms-tenant-a-20261201T100000Z.json");
        assertThat(viewModel.backups()).isEmpty();
    }
}
