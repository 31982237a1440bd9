package io.textmfa.ui.rollout;

import io.textmfa.rollout.Wave;
import io.textmfa.rollout.WavePlan;
import io.textmfa.rollout.WavePlanJson;
import io.textmfa.rollout.WavePlanValidator;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.ui.common.UserError;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The wave editor's state and commands: the plan, its problems against the tenant, adding and
 * removing waves, and opening and saving the plan as JSON (the file is remembered).
 */
public final class WaveEditor {
    private final TaskExecutor executor;
    private final RolloutStore store;
    private final ObservableValue<TenantSnapshot> snapshot;
    private final Runnable changed;
    private final Consumer<UserError> errors;
    private final ObservableList<Wave> waves = FXCollections.observableArrayList();
    private final ObservableList<Wave> wavesView = FXCollections.unmodifiableObservableList(waves);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");

    WaveEditor(TaskExecutor executor, RolloutStore store, ObservableValue<TenantSnapshot> snapshot, Runnable changed,
               Consumer<UserError> errors) {
        this.executor = executor;
        this.store = store;
        this.snapshot = snapshot;
        this.changed = changed;
        this.errors = errors;
        snapshot.addListener((obs, old, current) -> groups.setAll(current == null ? List.of() : current.groups()));
        if (snapshot.getValue() != null) {
            groups.setAll(snapshot.getValue().groups());
        }
        store.wavePlanFile().filter(Files::isRegularFile).ifPresent(this::open);
    }

    public WavePlan plan() {
        return new WavePlan(List.copyOf(waves));
    }

    /** Adds a wave from the form; a bad field is reported in {@link #formErrorProperty()} and nothing changes. */
    public boolean add(String name, LocalDate date, String countries, Group group) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            formError.set("Give the wave a name.");
            return false;
        }
        if (date == null) {
            formError.set("Pick the date the wave starts.");
            return false;
        }
        Set<String> codes;
        try {
            codes = CountryCodes.parse(countries);
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return false;
        }
        if (codes.isEmpty() && group == null) {
            formError.set("Name the wave's countries or the group that carries it.");
            return false;
        }
        formError.set("");
        waves.add(new Wave(trimmed, date, codes, group == null ? null : group.id()));
        afterChange();
        return true;
    }

    public void remove(Wave wave) {
        if (waves.remove(wave)) {
            afterChange();
        }
    }

    public void open(Path path) {
        executor.submit(progress -> WavePlanJson.read(path), new TaskCallbacks<>() {
            @Override
            public void succeeded(WavePlan plan) {
                waves.setAll(plan.waves());
                file.set(path);
                store.setWavePlanFile(path);
                afterChange();
            }

            @Override
            public void failed(Throwable failure) {
                errors.accept(new UserError("Could not open the wave plan", failure.getMessage()));
            }
        });
    }

    public void save(Path path) {
        WavePlan plan = plan();
        executor.submit(progress -> {
            WavePlanJson.write(plan, path);
            return path;
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Path saved) {
                file.set(saved);
                store.setWavePlanFile(saved);
            }

            @Override
            public void failed(Throwable failure) {
                errors.accept(new UserError("Could not save the wave plan", path.getFileName() + ": " + failure.getMessage()));
            }
        });
    }

    void validate() {
        TenantSnapshot current = snapshot.getValue();
        problems.setAll(current == null ? List.of() : new ArrayList<>(WavePlanValidator.validate(plan(), current)));
    }

    private void afterChange() {
        validate();
        changed.run();
    }

    public ObservableList<Wave> waves() {
        return wavesView;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }
}
