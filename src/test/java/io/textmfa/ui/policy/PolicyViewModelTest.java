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
}
