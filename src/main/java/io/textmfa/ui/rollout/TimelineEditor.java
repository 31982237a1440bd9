package io.textmfa.ui.rollout;

import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.Confidence;
import io.textmfa.rollout.EventKind;
import io.textmfa.rollout.TimelineEvent;
import io.textmfa.ui.common.UserError;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Edits Microsoft's channel timeline (for example to add a country Microsoft names later): events
 * added here are marked as the admin's assumptions; every change is saved and can be reset to the
 * built-in timeline. The file is a few kilobytes, so it is written as the user edits.
 */
public final class TimelineEditor {
    private final RolloutStore store;
    private final Runnable changed;
    private final Consumer<UserError> errors;
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyStringWrapper optIn = new ReadOnlyStringWrapper(this, "optIn", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private ChannelTimeline timeline;

    TimelineEditor(RolloutStore store, Runnable changed, Consumer<UserError> errors) {
        this.store = store;
        this.changed = changed;
        this.errors = errors;
        show(store.timeline());
    }

    public ChannelTimeline timeline() {
        return timeline;
    }

    public boolean addEvent(LocalDate date, EventKind kind, String countries, String title) {
        if (date == null || kind == null) {
            formError.set("Pick a date and what happens.");
            return false;
        }
        Set<String> codes;
        try {
            codes = CountryCodes.parse(countries);
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return false;
        }
        formError.set("");
        List<TimelineEvent> edited = new ArrayList<>(timeline.events());
        edited.add(new TimelineEvent("admin-" + UUID.randomUUID(), date, kind, codes,
                title == null || title.isBlank() ? kind.label() : title.strip(), "added in TextMFA Console by the admin",
                Confidence.ASSUMPTION));
        apply(timeline.withEvents(edited));
        return true;
    }

    public void remove(TimelineEvent event) {
        List<TimelineEvent> edited = new ArrayList<>(timeline.events());
        if (edited.remove(event)) {
            apply(timeline.withEvents(edited));
        }
    }

    public boolean setOptInCountries(String text) {
        try {
            apply(timeline.withOptInCountries(CountryCodes.parse(text)));
            formError.set("");
            return true;
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return false;
        }
    }

    public void reset() {
        try {
            store.resetTimeline();
        } catch (IOException e) {
            errors.accept(new UserError("Could not reset the timeline", e.getMessage()));
        }
        show(ChannelTimeline.builtIn());
        changed.run();
    }

    private void apply(ChannelTimeline edited) {
        try {
            store.saveTimeline(edited);
        } catch (IOException e) {
            errors.accept(new UserError("Could not save the edited timeline", e.getMessage()));
        }
        show(edited);
        changed.run();
    }

    private void show(ChannelTimeline shown) {
        timeline = shown;
        events.setAll(shown.events());
        optIn.set(String.join(", ", shown.optInCountries()));
    }

    public ObservableList<TimelineEvent> events() {
        return eventsView;
    }

    public ReadOnlyStringProperty optInProperty() {
        return optIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }
}
