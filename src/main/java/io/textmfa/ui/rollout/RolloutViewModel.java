package io.textmfa.ui.rollout;

import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.Confidence;
import io.textmfa.rollout.EventKind;
import io.textmfa.rollout.PhoneBook;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.RolloutResult;
import io.textmfa.rollout.TimelineEvent;
import io.textmfa.rollout.UserChannel;
import io.textmfa.rollout.Wave;
import io.textmfa.rollout.WavePlan;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.ui.common.UserError;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rollout view's state: the "as of" date, Microsoft's timeline (as edited), the wave plan, the
 * projection by country, the selected country's users and the readiness banner. Phones are resolved
 * once per tenant in the background; a date change only re-projects.
 */
public final class RolloutViewModel {
    public static final LocalDate FIRST_DAY = LocalDate.parse("2023-09-01");
    public static final LocalDate LAST_DAY = LocalDate.parse("2027-06-30");

    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableValue<TenantSnapshot> snapshot;
    private final ObjectProperty<LocalDate> date;
    private final ReadOnlyObjectWrapper<RolloutResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ObservableList<CountryRow> countries = FXCollections.observableArrayList();
    private final ObjectProperty<CountryRow> selectedCountry = new SimpleObjectProperty<>(this, "selectedCountry");
    private final ObservableList<UserChannelRow> countryUsers = FXCollections.observableArrayList();
    private final ObservableList<TimelineMarker> markers = FXCollections.observableArrayList();
    private final BooleanProperty revealNumbers = new SimpleBooleanProperty(this, "revealNumbers", false);
    private final WaveEditor waves;
    private final TimelineEditor timeline;

    private Prepared prepared;
    private int generation;

    /** What is worked out once per tenant. */
    private record Prepared(TenantSnapshot snapshot, PhoneBook phones, SmsScope scope) {
    }

    public RolloutViewModel(TaskExecutor executor, ObservableValue<TenantSnapshot> snapshot, RolloutStore store, Clock clock) {
        this.executor = executor;
        this.clock = clock;
        this.snapshot = snapshot;
        this.date = new SimpleObjectProperty<>(this, "date", LocalDate.now(clock));
        this.waves = new WaveEditor(executor, store, snapshot, this::reproject, error::set);
        this.timeline = new TimelineEditor(store, this::reproject, error::set);
        date.addListener((obs, old, day) -> {
            if (day != null) {
                reproject();
            }
        });
        selectedCountry.addListener((obs, old, row) -> showCountry());
        snapshot.addListener((obs, old, current) -> prepare());
        prepare();
    }

    private void prepare() {
        TenantSnapshot current = snapshot.getValue();
        if (current == null) {
            return;
        }
        prepared = null;
        int mine = ++generation;
        executor.submit(progress -> new Prepared(current, PhoneBook.of(current), SmsScopeResolver.resolve(current)),
                new TaskCallbacks<>() {
                    @Override
                    public void succeeded(Prepared ready) {
                        if (mine == generation) {
                            prepared = ready;
                            waves.validate();
                            reproject();
                        }
                    }

                    @Override
                    public void failed(Throwable failure) {
                        error.set(new UserError("Rollout projection failed", String.valueOf(failure.getMessage())));
                    }
                });
    }

    /** Projects again for the current date, timeline and waves (in the background; the newest request wins). */
    void reproject() {
        Prepared ready = prepared;
        LocalDate day = date.get();
        if (ready == null || day == null) {
            return;
        }
        ChannelTimeline channels = timeline.timeline();
        WavePlan plan = waves.plan();
        int mine = ++generation;
        executor.submit(progress -> RolloutProjection.at(ready.snapshot(), ready.phones(), ready.scope(), channels, plan,
                day, clock), new TaskCallbacks<>() {
            @Override
            public void succeeded(RolloutResult projected) {
                if (mine == generation) {
                    show(projected, channels, plan);
                }
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Rollout projection failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private void show(RolloutResult projected, ChannelTimeline channels, WavePlan plan) {
        String selected = selectedCountry.get() == null ? null : selectedCountry.get().code();
        result.set(projected);
        banner.set(projected.readiness().banner());
        countries.setAll(projected.countries().stream().map(CountryRow::of).toList());
        selectedCountry.set(countries.stream().filter(c -> c.code().equals(selected)).findFirst().orElse(null));
        showCountry();
        markers.setAll(markers(channels, plan));
    }

    private void showCountry() {
        CountryRow row = selectedCountry.get();
        RolloutResult projected = result.get();
        if (row == null || projected == null) {
            countryUsers.clear();
            return;
        }
        List<UserChannelRow> rows = new ArrayList<>();
        for (UserChannel user : projected.users()) {
            if (user.country().equals(row.code())) {
                rows.add(UserChannelRow.of(user));
            }
        }
        countryUsers.setAll(rows);
    }

    static List<TimelineMarker> markers(ChannelTimeline channels, WavePlan plan) {
        List<TimelineMarker> list = new ArrayList<>();
        for (TimelineEvent event : channels.events()) {
            TimelineMarker.Kind kind = event.kind() == EventKind.SMS_VOICE_RETIRED ? TimelineMarker.Kind.RETIREMENT
                    : event.confidence() == Confidence.MICROSOFT ? TimelineMarker.Kind.MICROSOFT
                    : event.confidence() == Confidence.THIRD_PARTY ? TimelineMarker.Kind.THIRD_PARTY
                    : TimelineMarker.Kind.ASSUMPTION;
            list.add(new TimelineMarker(event.date(), shortLabel(event),
                    event.title() + " (" + event.confidence().jsonName() + "; " + event.source() + ")", kind));
        }
        for (Wave wave : plan.waves()) {
            list.add(new TimelineMarker(wave.date(), "Wave " + wave.name(), "Organisation wave " + wave.name() + ": "
                    + String.join(", ", wave.countries()), TimelineMarker.Kind.WAVE));
        }
        return list;
    }

    private static String shortLabel(TimelineEvent event) {
        String where = event.countries().isEmpty() ? "" : " " + String.join(", ", event.countries());
        return switch (event.kind()) {
            case WHATSAPP_START -> "WhatsApp" + (where.isEmpty() ? " (other countries)" : where);
            case WHATSAPP_PAUSE -> "Paused" + where;
            case WHATSAPP_RESUME -> "Back" + where;
            case PASSKEY_AUTO_ENABLE -> "Passkeys";
            case CUSTOMER_TELECOM_PROVIDERS -> "Own telecom";
            case SMS_VOICE_RETIRED -> "SMS/voice end";
        };
    }

    /** Writes every user's projected channel (CSV; numbers only when revealed), atomically, in the background. */
    public void export(java.nio.file.Path file) {
        RolloutResult projected = result.get();
        if (projected == null || file == null) {
            return;
        }
        boolean unmask = revealNumbers.get();
        executor.submit(progress -> {
            io.textmfa.files.AtomicFile.write(file, out -> {
                java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                io.textmfa.report.RolloutReport.writeCsv(projected.users(), unmask, writer);
                writer.flush();
            });
            return file;
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(java.nio.file.Path written) {
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Export failed", file.getFileName() + ": " + failure.getMessage()));
            }
        });
    }

    public void clearError() {
        error.set(null);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<RolloutResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<CountryRow> countries() {
        return countries;
    }

    public ObjectProperty<CountryRow> selectedCountryProperty() {
        return selectedCountry;
    }

    public ObservableList<UserChannelRow> countryUsers() {
        return countryUsers;
    }

    public ObservableList<TimelineMarker> markers() {
        return markers;
    }

    public BooleanProperty revealNumbersProperty() {
        return revealNumbers;
    }

    public WaveEditor waves() {
        return waves;
    }

    public TimelineEditor timeline() {
        return timeline;
    }
}
