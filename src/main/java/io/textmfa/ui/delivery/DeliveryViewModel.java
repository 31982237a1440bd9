package io.textmfa.ui.delivery;

import io.textmfa.delivery.BulkSimulation;
import io.textmfa.delivery.CountryModel;
import io.textmfa.delivery.CountryResult;
import io.textmfa.delivery.DeliveryEvent;
import io.textmfa.delivery.DeliveryModel;
import io.textmfa.delivery.DeliveryModelJson;
import io.textmfa.delivery.OtpSession;
import io.textmfa.delivery.Scenario;
import io.textmfa.delivery.ScenarioResult;
import io.textmfa.delivery.VerifyResult;
import io.textmfa.files.AtomicFile;
import io.textmfa.report.SimulationReport;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.RolloutProjection;
import io.textmfa.rollout.UserChannel;
import io.textmfa.rollout.WavePlan;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.ui.common.SummaryCard;
import io.textmfa.ui.common.UserError;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Delivery view's state and commands: one user's code played step by step (send, reveal,
 * verify, resend within the rate limit) and the whole tenant simulated in bulk, WhatsApp-first
 * against SMS-only, under an editable delivery model. All offline: nothing is ever sent.
 */
public final class DeliveryViewModel {
    private final TaskExecutor executor;
    private final ObservableValue<TenantSnapshot> snapshot;
    private final ChannelTimeline timeline;
    private final Clock clock;
    private final ObjectProperty<DeliveryModel> model = new SimpleObjectProperty<>(this, "model", DeliveryModel.builtIn());
    private final ObjectProperty<LocalDate> date;
    private final ObservableList<UserChannel> users = FXCollections.observableArrayList();
    private final ObservableList<UserChannel> usersView = FXCollections.unmodifiableObservableList(users);
    private final ObjectProperty<UserChannel> selectedUser = new SimpleObjectProperty<>(this, "selectedUser");
    private final ObservableList<DeliveryEvent> events = FXCollections.observableArrayList();
    private final ObservableList<DeliveryEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final BooleanProperty reveal = new SimpleBooleanProperty(this, "reveal");
    private final ReadOnlyStringWrapper payload = new ReadOnlyStringWrapper(this, "payload", "");
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper(this, "verifyText", "");
    private final IntegerProperty attempts = new SimpleIntegerProperty(this, "attempts", 100_000);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ObservableList<SummaryCard> cards = FXCollections.observableArrayList();
    private final ObservableList<SummaryCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<CountryRow> countries = FXCollections.observableArrayList();
    private final ObservableList<CountryRow> countriesView = FXCollections.unmodifiableObservableList(countries);
    private final ReadOnlyObjectWrapper<List<ScenarioResult>> results = new ReadOnlyObjectWrapper<>(this, "results", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ObservableList<CountryModel> modelCountries = FXCollections.observableArrayList();
    private final ObservableList<CountryModel> modelCountriesView = FXCollections.unmodifiableObservableList(modelCountries);
    private OtpSession session;
    private OtpSession.Sent lastSent;
    private long sends;

    public DeliveryViewModel(TaskExecutor executor, ObservableValue<TenantSnapshot> snapshot, ChannelTimeline timeline,
                             Clock clock) {
        this.executor = executor;
        this.snapshot = snapshot;
        this.timeline = timeline;
        this.clock = clock;
        this.date = new SimpleObjectProperty<>(this, "date", LocalDate.now(clock));
        model.addListener((obs, old, m) -> {
            session = new OtpSession(m, timeline, clock, new SecureRandom());
            modelCountries.setAll(m.countries().values());
        });
        session = new OtpSession(model.get(), timeline, clock, new SecureRandom());
        modelCountries.setAll(model.get().countries().values());
        snapshot.addListener((obs, old, current) -> project());
        date.addListener((obs, old, day) -> project());
        reveal.addListener((obs, old, shown) -> showPayload());
        project();
    }

    private void project() {
        TenantSnapshot current = snapshot.getValue();
        LocalDate day = date.get();
        if (current == null || day == null) {
            return;
        }
        executor.submit(progress -> BulkSimulation.population(RolloutProjection.at(current, timeline, WavePlan.EMPTY, day)),
                new TaskCallbacks<>() {
                    @Override
                    public void succeeded(List<UserChannel> inScope) {
                        users.setAll(inScope);
                        if (selectedUser.get() == null || !inScope.contains(selectedUser.get())) {
                            selectedUser.set(inScope.isEmpty() ? null : inScope.get(0));
                        }
                    }

                    @Override
                    public void failed(Throwable failure) {
                        error.set(new UserError("Could not project the tenant", String.valueOf(failure.getMessage())));
                    }
                });
    }

    /** Sends a code to the selected user (simulated), or says why not (rate limit). */
    public void send() {
        UserChannel user = selectedUser.get();
        if (user == null) {
            return;
        }
        try {
            lastSent = session.send(user, seed.get() + sends++);
            events.setAll(lastSent.events());
            verifyText.set("A " + model.get().codeLength() + "-digit code was sent; type it to verify.");
            showPayload();
        } catch (OtpSession.RateLimitedException e) {
            verifyText.set(e.getMessage());
        }
    }

    public void verify(String code) {
        UserChannel user = selectedUser.get();
        if (user == null) {
            return;
        }
        VerifyResult result = session.verify(user, code);
        verifyText.set(switch (result) {
            case ACCEPTED -> "Accepted: the code is right.";
            case WRONG -> "Wrong code: " + session.attemptsLeft(user) + " attempts left.";
            case EXPIRED -> "Expired: send a new code.";
            case TOO_MANY_ATTEMPTS -> "Too many attempts: send a new code.";
            case NO_CODE -> "No code is pending: send one first.";
        });
    }

    private void showPayload() {
        if (lastSent == null) {
            payload.set("");
            return;
        }
        payload.set(reveal.get() ? lastSent.payload() : lastSent.maskedPayload());
    }

    /** Runs both scenarios in the background and fills the cards, charts and table. */
    public void run() {
        TenantSnapshot current = snapshot.getValue();
        LocalDate day = date.get();
        if (current == null || day == null) {
            return;
        }
        DeliveryModel chosen = model.get();
        int count = attempts.get();
        long chosenSeed = seed.get();
        status.set(String.format("Simulating %,d sign-ins twice...", count));
        executor.submit(progress -> {
            List<UserChannel> population = BulkSimulation.population(RolloutProjection.at(current, timeline, WavePlan.EMPTY, day));
            return List.of(BulkSimulation.run(population, null, chosen, timeline, Scenario.WHATSAPP_FIRST, count, chosenSeed),
                    BulkSimulation.run(population, null, chosen, timeline, Scenario.SMS_ONLY, count, chosenSeed));
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(List<ScenarioResult> done) {
                show(done);
                status.set("Simulated offline; no message was sent.");
            }

            @Override
            public void failed(Throwable failure) {
                status.set("");
                error.set(new UserError("The simulation failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private void show(List<ScenarioResult> done) {
        results.set(done);
        ScenarioResult first = done.get(0);
        ScenarioResult sms = done.get(1);
        cards.setAll(new SummaryCard("Delivered", String.format("%.1f %%", 100 * first.deliveredShare()),
                        String.format("SMS only: %.1f %%", 100 * sms.deliveredShare())),
                new SummaryCard("Fallback", String.format("%.1f %%", 100 * first.fallbackShare()), "WhatsApp to SMS"),
                new SummaryCard("p95 to code", String.format("%.1f s", first.p95Ms() / 1000),
                        String.format("SMS only: %.1f s", sms.p95Ms() / 1000)),
                new SummaryCard("Per 1,000", String.format("$%.2f", first.costPer1000Usd()),
                        String.format("SMS only: $%.2f", sms.costPer1000Usd())),
                new SummaryCard("Saving", String.format("$%.2f", sms.costPer1000Usd() - first.costPer1000Usd()),
                        "per 1,000 sign-ins, WhatsApp first"));
        Map<String, CountryResult> smsByCountry = new HashMap<>();
        sms.byCountry().forEach(c -> smsByCountry.put(c.country(), c));
        List<CountryRow> rows = new ArrayList<>();
        first.byCountry().forEach(c -> rows.add(CountryRow.of(c, smsByCountry.get(c.country()))));
        countries.setAll(rows);
    }

    /** Writes the last results (CSV or JSON) atomically. */
    public void export(Path file, boolean json) {
        List<ScenarioResult> done = results.get();
        if (done.isEmpty() || file == null) {
            return;
        }
        LocalDate day = date.get();
        long chosenSeed = seed.get();
        executor.submit(progress -> {
            AtomicFile.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (json) {
                    SimulationReport.writeJson(day, chosenSeed, done, writer);
                } else {
                    SimulationReport.writeCsv(done, writer);
                }
                writer.flush();
            });
            return file;
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Path written) {
                status.set("Exported to " + written.getFileName() + ".");
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Export failed", file.getFileName() + ": " + failure.getMessage()));
            }
        });
    }

    /** Replaces one country's figures (an edit in the Model tab); a figure out of range is refused with one sentence. */
    public boolean editCountry(CountryModel edited) {
        String problem = edited.problem();
        if (problem != null) {
            error.set(new UserError("Figure not changed", problem));
            return false;
        }
        model.set(model.get().withCountry(edited));
        return true;
    }

    public void importModel(Path file) {
        executor.submit(progress -> DeliveryModelJson.read(file), new TaskCallbacks<>() {
            @Override
            public void succeeded(DeliveryModel read) {
                model.set(read);
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Could not import the delivery model", failure.getMessage()));
            }
        });
    }

    public void exportModel(Path file) {
        DeliveryModel current = model.get();
        executor.submit(progress -> {
            DeliveryModelJson.write(current, file);
            return file;
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Path written) {
                status.set("Model written to " + written.getFileName() + ".");
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Could not write the delivery model", failure.getMessage()));
            }
        });
    }

    public void resetModel() {
        model.set(DeliveryModel.builtIn());
    }

    public void clearError() {
        error.set(null);
    }

    public ObjectProperty<DeliveryModel> modelProperty() {
        return model;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableList<UserChannel> users() {
        return usersView;
    }

    public ObjectProperty<UserChannel> selectedUserProperty() {
        return selectedUser;
    }

    public ObservableList<DeliveryEvent> events() {
        return eventsView;
    }

    public BooleanProperty revealProperty() {
        return reveal;
    }

    public ReadOnlyStringProperty payloadProperty() {
        return payload.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyTextProperty() {
        return verifyText.getReadOnlyProperty();
    }

    public IntegerProperty attemptsProperty() {
        return attempts;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObservableList<SummaryCard> cards() {
        return cardsView;
    }

    public ObservableList<CountryRow> countries() {
        return countriesView;
    }

    public ReadOnlyObjectProperty<List<ScenarioResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<CountryModel> modelCountries() {
        return modelCountriesView;
    }
}
