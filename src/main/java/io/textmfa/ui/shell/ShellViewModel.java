package io.textmfa.ui.shell;

import io.textmfa.ui.common.UserError;

import io.textmfa.graph.ConnectionSettings;
import io.textmfa.graph.GraphFailure;
import io.textmfa.graph.SourceProgress;
import io.textmfa.graph.TenantConnector;
import io.textmfa.tenant.SnapshotFormatException;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.SnapshotReader;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.concurrent.BackgroundWork;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import io.textmfa.ui.concurrent.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The state and commands of the main window: which tenant is loaded and from where, the current
 * view, loading progress, recent files, theme and the last error. A load that fails or is
 * cancelled leaves the current tenant loaded.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final TaskExecutor executor;
    private final ShellPreferences preferences;
    private final SnapshotReader reader = new SnapshotReader();

    private final ReadOnlyObjectWrapper<TenantSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper sourceLabel = new ReadOnlyStringWrapper(this, "sourceLabel", "No tenant loaded");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting", false);
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<Path> snapshotFile = new ReadOnlyObjectWrapper<>(this, "snapshotFile");
    private final ObjectProperty<ViewId> currentView = new SimpleObjectProperty<>(this, "currentView", ViewId.OVERVIEW);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    private final TenantConnector connector;
    private final ObservableList<SourceProgress> ingestProgress = FXCollections.observableArrayList();
    private final ObservableList<SourceProgress> ingestProgressView = FXCollections.unmodifiableObservableList(ingestProgress);
    private final ReadOnlyStringWrapper deviceCode = new ReadOnlyStringWrapper(this, "deviceCode", "");
    private final ReadOnlyStringWrapper deviceUserCode = new ReadOnlyStringWrapper(this, "deviceUserCode", "");
    private ConnectionSettings connection;
    private TaskHandle running;
    private int generation;

    public ShellViewModel(TaskExecutor executor, ShellPreferences preferences) {
        this(executor, preferences, TenantConnector.standard());
    }

    public ShellViewModel(TaskExecutor executor, ShellPreferences preferences, TenantConnector connector) {
        this.executor = executor;
        this.connector = connector;
        this.preferences = preferences;
        darkTheme.set(preferences.darkTheme());
        darkTheme.addListener((obs, old, dark) -> preferences.setDarkTheme(dark));
        recentFiles.setAll(preferences.recentFiles());
    }

    /**
     * Loads the first tenant: the snapshot named on the command line, else the source of the last
     * run if its file still exists, else the demo tenant.
     */
    public void start(Path snapshotArgument) {
        if (snapshotArgument != null) {
            open(snapshotArgument);
            return;
        }
        Path last = preferences.lastSnapshot().filter(Files::isRegularFile).orElse(null);
        if (last != null) {
            open(last);
        } else {
            loadDemo();
        }
    }

    /** Generates and loads the built-in demo tenant. */
    public void loadDemo() {
        load("Generating the demo tenant", progress -> TenantGenerator.demoTenant(), null, null);
    }

    /**
     * Signs in and reads a live tenant over Microsoft Graph, publishing each source's progress and
     * any device code; the non-secret settings are remembered.
     */
    public void connect(ConnectionSettings settings) {
        preferences.setConnection(settings);
        ingestProgress.clear();
        deviceCode.set("");
        deviceUserCode.set("");
        load("Reading " + settings.tenant() + " over Microsoft Graph", progress -> connector.read(settings,
                update -> progress.publish(update), (code, url, message) -> progress.publish(new DeviceCode(code, url, message)),
                progress::isCancelled), null, settings);
    }

    /** Loads the current source again: the demo tenant, the snapshot file, or the live tenant. */
    public void refresh() {
        if (connection != null) {
            connect(connection);
        } else if (snapshotFile.get() != null) {
            open(snapshotFile.get());
        } else {
            loadDemo();
        }
    }

    /** Writes the current tenant as a snapshot file (atomically, in the background). */
    public void exportSnapshot(Path file) {
        TenantSnapshot current = snapshot.get();
        if (current == null || file == null) {
            return;
        }
        statusText.set("Writing " + file.getFileName() + "...");
        executor.submit(progress -> {
            new SnapshotWriter().write(current, file);
            return file;
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Path written) {
                statusText.set("Wrote " + current.tenant().displayName() + " to " + written.getFileName() + ".");
            }

            @Override
            public void failed(Throwable failure) {
                statusText.set("The snapshot was not written.");
                error.set(new UserError("Could not write the snapshot", file.getFileName() + ": " + failure.getMessage()));
            }
        });
    }

    /** A device code to show while the user signs in on another device. */
    public record DeviceCode(String userCode, String verificationUrl, String message) {
    }

    /** Loads a snapshot file; a bad file is reported and the current tenant stays. */
    public void open(Path file) {
        if (file == null) {
            return;
        }
        load("Opening " + file.getFileName(), progress -> {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return reader.read(file);
        }, file, null);
    }

    /** Stops a load in progress; the tenant loaded before stays. */
    public void cancelLoading() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    public void clearError() {
        error.set(null);
    }

    private void load(String what, BackgroundWork<TenantSnapshot> work, Path file, ConnectionSettings live) {
        cancelLoading();
        int mine = ++generation;
        busy.set(true);
        connecting.set(live != null);
        progress.set(-1);
        statusText.set(what + "...");
        running = executor.submit(work, new TaskCallbacks<>() {
            @Override
            public void succeeded(TenantSnapshot result) {
                if (mine != generation) {
                    return;
                }
                finish();
                snapshot.set(result);
                snapshotFile.set(file);
                connection = live;
                String count = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(result.users().size());
                if (live != null) {
                    sourceLabel.set("Live tenant: " + result.tenant().displayName() + " (Microsoft Graph)");
                    statusText.set("Read " + count + " users of " + result.tenant().displayName() + " over Microsoft Graph.");
                } else if (file != null) {
                    sourceLabel.set("Snapshot: " + file.getFileName() + " (" + result.tenant().displayName() + ")");
                    statusText.set("Loaded " + count + " users of " + result.tenant().displayName() + " from "
                            + file.getFileName() + ".");
                    remember(file);
                } else {
                    sourceLabel.set("Demo tenant: " + result.tenant().displayName() + " (generated)");
                    statusText.set("Loaded " + count + " users of " + result.tenant().displayName() + " from the demo tenant.");
                }
                if (live == null) {
                    preferences.setLastSnapshot(file);
                }
            }

            @Override
            public void failed(Throwable failure) {
                if (mine != generation) {
                    return;
                }
                finish();
                String message = describe(failure, file);
                LOG.info("Load failed: {}", message);
                statusText.set(message + keptText());
                error.set(new UserError(live != null ? "Could not read the tenant"
                        : file == null ? "Could not load the demo tenant" : "Could not open the snapshot", message));
                if (file != null && failure instanceof NoSuchFileException) {
                    forget(file);
                }
                if (file != null && snapshot.get() == null) {
                    loadDemo();
                }
            }

            @Override
            public void cancelled() {
                if (mine != generation) {
                    return;
                }
                finish();
                statusText.set("Loading cancelled." + keptText());
            }

            @Override
            public void published(Object update) {
                if (mine != generation) {
                    return;
                }
                if (update instanceof SourceProgress source) {
                    ingestProgress.removeIf(p -> p.collection() == source.collection());
                    ingestProgress.add(source);
                    ingestProgress.sort(java.util.Comparator.comparing(SourceProgress::collection));
                    statusText.set(source.collection().label() + ": " + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                            .format(source.items()) + " read...");
                } else if (update instanceof DeviceCode code) {
                    deviceCode.set(code.message());
                    deviceUserCode.set(code.userCode());
                }
            }

            @Override
            public void progressed(double fraction, String message) {
                if (mine != generation) {
                    return;
                }
                progress.set(fraction);
                if (message != null) {
                    statusText.set(message);
                }
            }
        });
    }

    private void finish() {
        busy.set(false);
        connecting.set(false);
        progress.set(0);
    }

    private String keptText() {
        TenantSnapshot current = snapshot.get();
        return current == null ? "" : " " + current.tenant().displayName() + " is still loaded.";
    }

    static String describe(Throwable failure, Path file) {
        if (failure instanceof SnapshotFormatException || failure instanceof GraphFailure) {
            return failure.getMessage();
        }
        String name = file == null ? "The demo tenant" : file.getFileName().toString();
        if (failure instanceof NoSuchFileException) {
            return name + ": the file does not exist any more.";
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return name + ": permission denied; check that you may read the file.";
        }
        if (failure instanceof IOException) {
            return name + ": could not be read (" + failure.getMessage() + ").";
        }
        return name + ": could not be loaded (" + failure + ").";
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(recentFiles);
        updated.remove(absolute);
        updated.add(0, absolute);
        while (updated.size() > ShellPreferences.MAX_RECENT) {
            updated.remove(updated.size() - 1);
        }
        recentFiles.setAll(updated);
        preferences.setRecentFiles(updated);
    }

    private void forget(Path file) {
        if (recentFiles.remove(file.toAbsolutePath().normalize())) {
            preferences.setRecentFiles(List.copyOf(recentFiles));
        }
    }

    public ReadOnlyObjectProperty<TenantSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceLabelProperty() {
        return sourceLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a live tenant is being read (the progress panel shows). */
    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> snapshotFileProperty() {
        return snapshotFile.getReadOnlyProperty();
    }

    public ObjectProperty<ViewId> currentViewProperty() {
        return currentView;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** Each source's progress while a live tenant is read. */
    public ObservableList<SourceProgress> ingestProgress() {
        return ingestProgressView;
    }

    /** The device-code sign-in message while one is pending. */
    public ReadOnlyStringProperty deviceCodeProperty() {
        return deviceCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceUserCodeProperty() {
        return deviceUserCode.getReadOnlyProperty();
    }

    /** The connection settings remembered from the last connect (no secrets). */
    public ConnectionSettings rememberedConnection() {
        return preferences.connection();
    }

    public boolean isLive() {
        return connection != null;
    }

    /** The live connection in use, or null offline. */
    public ConnectionSettings liveConnection() {
        return connection;
    }

    public TenantConnector connector() {
        return connector;
    }

    /** Shows a tenant made in memory (e.g. a simulated policy) as the current one, labelled as such. */
    public void showSimulation(TenantSnapshot simulated, String label) {
        snapshot.set(simulated);
        sourceLabel.set(label);
        statusText.set(label + ": no tenant was changed.");
    }
}
