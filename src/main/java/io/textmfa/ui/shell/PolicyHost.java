package io.textmfa.ui.shell;

import io.textmfa.policy.draft.AuditLog;
import io.textmfa.policy.draft.BackupStore;
import io.textmfa.policy.draft.PolicyApply;
import io.textmfa.policy.draft.PolicyGateway;
import io.textmfa.policy.draft.SimulatedApply;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.ui.policy.PolicyViewModel;
import javafx.beans.value.ObservableValue;

import java.time.Clock;

/** What the shell lends the Policy view: the current tenant, simulations, and the live tenant's policy. */
final class PolicyHost implements PolicyViewModel.Host {
    private final ShellViewModel shell;
    private final BackupStore backups;
    private final Clock clock;

    PolicyHost(ShellViewModel shell, BackupStore backups, Clock clock) {
        this.shell = shell;
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public ObservableValue<TenantSnapshot> snapshot() {
        return shell.snapshotProperty();
    }

    @Override
    public void showSimulation(TenantSnapshot simulated) {
        shell.showSimulation(simulated, "Simulation: " + simulated.tenant().displayName().replace(SimulatedApply.MARK, "")
                + " with the draft SMS policy");
    }

    @Override
    public PolicyGateway liveGateway(java.util.function.Consumer<String> signInPrompt) throws Exception {
        if (!shell.isLive()) {
            return null;
        }
        TenantSnapshot current = shell.snapshotProperty().get();
        return shell.connector().policyGateway(shell.liveConnection(), current == null ? null : current.tenant().id(),
                (code, url, message) -> signInPrompt.accept(message));
    }

    @Override
    public java.util.List<io.textmfa.policy.draft.PolicyBackup> backups() throws java.io.IOException {
        return backups.list();
    }

    @Override
    public PolicyApply applier(PolicyGateway gateway) {
        return new PolicyApply(gateway, backups, new AuditLog(backups.folder().resolveSibling("audit.log")), clock);
    }

    @Override
    public void reload() {
        shell.refresh();
    }
}
