package io.textmfa.ui.shell;

import io.textmfa.graph.TenantConnector;
import io.textmfa.ui.common.FileDialogs;
import io.textmfa.ui.concurrent.TaskExecutor;
import io.textmfa.ui.licenses.LicensesView;
import io.textmfa.ui.licenses.LicensesViewModel;
import io.textmfa.policy.draft.BackupStore;
import io.textmfa.ui.delivery.DeliveryView;
import io.textmfa.ui.delivery.DeliveryViewModel;
import io.textmfa.ui.overview.OverviewView;
import io.textmfa.ui.policy.PolicyView;
import io.textmfa.ui.policy.PolicyViewModel;
import io.textmfa.ui.rollout.RolloutStore;
import io.textmfa.ui.rollout.RolloutView;
import io.textmfa.ui.rollout.RolloutViewModel;
import io.textmfa.ui.overview.OverviewViewModel;
import javafx.scene.Node;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wires the desktop app: the shell ViewModel, each feature's View and ViewModel, and the main window. */
public final class DesktopShell {
    private final ShellViewModel viewModel;
    private final MainWindow window;
    private final LicensesViewModel licenses;
    private final RolloutViewModel rollout;
    private final PolicyViewModel policy;
    private final DeliveryViewModel delivery;

    public DesktopShell(Stage stage, TaskExecutor executor, ShellPreferences preferences, FileDialogs dialogs) {
        this(stage, executor, preferences, dialogs, RolloutStore.forUser(), Clock.systemUTC());
    }

    public DesktopShell(Stage stage, TaskExecutor executor, ShellPreferences preferences, FileDialogs dialogs,
                        RolloutStore rolloutStore, Clock clock) {
        this(stage, executor, preferences, dialogs, rolloutStore, clock, TenantConnector.standard());
    }

    public DesktopShell(Stage stage, TaskExecutor executor, ShellPreferences preferences, FileDialogs dialogs,
                        RolloutStore rolloutStore, Clock clock, TenantConnector connector) {
        viewModel = new ShellViewModel(executor, preferences, connector);
        Map<ViewId, Supplier<Node>> views = new EnumMap<>(ViewId.class);
        licenses = new LicensesViewModel(executor, viewModel.snapshotProperty());
        OverviewViewModel overview = new OverviewViewModel(executor, viewModel.snapshotProperty(),
                viewModel.sourceLabelProperty(), licenses.resultProperty(), () -> {
                    licenses.showUnlicensedInScope();
                    viewModel.currentViewProperty().set(ViewId.LICENSES);
                });
        views.put(ViewId.OVERVIEW, () -> new OverviewView(overview));
        views.put(ViewId.LICENSES, () -> new LicensesView(licenses, dialogs));
        rollout = new RolloutViewModel(executor, viewModel.snapshotProperty(), rolloutStore, clock);
        views.put(ViewId.ROLLOUT, () -> new RolloutView(rollout, dialogs));
        policy = new PolicyViewModel(executor, new PolicyHost(viewModel, BackupStore.forUser(), clock));
        views.put(ViewId.POLICY, () -> new PolicyView(policy, dialogs));
        delivery = new DeliveryViewModel(executor, viewModel.snapshotProperty(), rolloutStore.timeline(), clock);
        views.put(ViewId.DELIVERY, () -> new DeliveryView(delivery, dialogs));
        window = new MainWindow(stage, viewModel, preferences, views, dialogs);
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public LicensesViewModel licenses() {
        return licenses;
    }

    public RolloutViewModel rollout() {
        return rollout;
    }

    public PolicyViewModel policy() {
        return policy;
    }

    public DeliveryViewModel delivery() {
        return delivery;
    }

    public MainWindow window() {
        return window;
    }
}
