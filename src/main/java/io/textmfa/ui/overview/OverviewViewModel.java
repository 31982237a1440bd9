package io.textmfa.ui.overview;

import io.textmfa.ui.common.SummaryCard;

import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.AuditSummary;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantOverview;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The Overview: tenant, source, capture time, headline counts, the state of each collection and
 * users by country. Counts are computed in the background by {@link TenantOverview}, the same
 * engine behind {@code textmfa snapshot info}.
 */
public final class OverviewViewModel {
    /** Countries shown by name in the chart; the rest are summed as "Other". */
    static final int CHART_COUNTRIES = 12;
    /** Chart label of users without a usage location. */
    static final String NO_LOCATION = "n/a";
    private static final DateTimeFormatter CAPTURED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final TaskExecutor executor;
    private final Runnable showUnlicensedInScope;
    private final ObservableList<SummaryCard> licenceCards = FXCollections.observableArrayList();
    private final ObservableList<SummaryCard> licenceCardsView = FXCollections.unmodifiableObservableList(licenceCards);
    private final ReadOnlyStringWrapper unlicensedLink = new ReadOnlyStringWrapper(this, "unlicensedLink", "");
    private final ReadOnlyStringWrapper tenantName = new ReadOnlyStringWrapper(this, "tenantName", "");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ReadOnlyStringWrapper capturedAt = new ReadOnlyStringWrapper(this, "capturedAt", "");
    private final ObservableList<SummaryCard> cards = FXCollections.observableArrayList();
    private final ObservableList<CollectionRow> collections = FXCollections.observableArrayList();
    private final ObservableList<CountryCount> countries = FXCollections.observableArrayList();
    private final ObservableList<SummaryCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<CollectionRow> collectionsView = FXCollections.unmodifiableObservableList(collections);
    private final ObservableList<CountryCount> countriesView = FXCollections.unmodifiableObservableList(countries);
    private int generation;

    public OverviewViewModel(TaskExecutor executor, ObservableValue<TenantSnapshot> snapshot,
                             ObservableValue<String> sourceLabel, ObservableValue<AuditResult> audit,
                             Runnable showUnlicensedInScope) {
        this.executor = executor;
        this.showUnlicensedInScope = showUnlicensedInScope;
        sourceText.bind(sourceLabel);
        snapshot.addListener((obs, old, current) -> show(current));
        audit.addListener((obs, old, current) -> showAudit(current));
        show(snapshot.getValue());
        showAudit(audit.getValue());
    }

    private void showAudit(AuditResult audit) {
        if (audit == null) {
            licenceCards.clear();
            unlicensedLink.set("");
            return;
        }
        AuditSummary summary = audit.summary();
        licenceCards.setAll(
                new SummaryCard("Eligible", String.format(Locale.ENGLISH, "%.1f %%", 100 * summary.eligibleShare()),
                        number(summary.eligible()) + " users under " + audit.ruleset().id()),
                new SummaryCard("Unlicensed", number(summary.unlicensedInScope()),
                        "in SMS scope without an eligible licence"));
        unlicensedLink.set(summary.unlicensedInScope() == 0 ? ""
                : "Show the " + number(summary.unlicensedInScope()) + " users in SMS scope without a licence");
    }

    /** Opens the Licenses view filtered to users in SMS scope without an eligible licence. */
    public void showUnlicensedInScope() {
        showUnlicensedInScope.run();
    }

    public ObservableList<SummaryCard> licenceCards() {
        return licenceCardsView;
    }

    /** The link text to the unlicensed users; empty when there are none. */
    public ReadOnlyStringProperty unlicensedLinkProperty() {
        return unlicensedLink.getReadOnlyProperty();
    }

    private void show(TenantSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        int mine = ++generation;
        executor.submit(progress -> TenantOverview.of(snapshot), new TaskCallbacks<>() {
            @Override
            public void succeeded(TenantOverview overview) {
                if (mine == generation) {
                    apply(snapshot, overview);
                }
            }

            @Override
            public void failed(Throwable error) {
                cards.setAll(new SummaryCard("Overview", "unavailable", String.valueOf(error.getMessage())));
            }
        });
    }

    private void apply(TenantSnapshot snapshot, TenantOverview overview) {
        tenantName.set(snapshot.tenant().displayName());
        capturedAt.set(snapshot.capturedAt() == null ? "capture time unknown" : "captured " + CAPTURED.format(snapshot.capturedAt()));
        String registration = why(snapshot, TenantCollection.USER_REGISTRATION_DETAILS);
        cards.setAll(
                new SummaryCard("Users", number(overview.users()), "in the directory"),
                new SummaryCard("Enabled", number(overview.enabledUsers()),
                        number(overview.users() - overview.enabledUsers()) + " disabled"),
                new SummaryCard("Guests", number(overview.guests()), "B2B guests cannot use SMS sign-in"),
                new SummaryCard("Admins", number(overview.admins()), registration == null ? "with an admin role" : registration),
                new SummaryCard("SKUs", number(overview.skus()), "subscribed licences"),
                new SummaryCard("With a phone", number(overview.usersWithPhone()), "registered phone method"),
                new SummaryCard("Phone-only", number(overview.phoneOnlyUsers()),
                        registration == null ? "blocked when SMS ends on 2027-02-01" : registration));
        List<CollectionRow> rows = new ArrayList<>();
        for (TenantCollection collection : TenantCollection.values()) {
            SourceState state = snapshot.sourceState(collection);
            rows.add(new CollectionRow(collection.label(), snapshot.count(collection), state.state().label(),
                    state.detail() == null ? "" : state.detail(), state.state().isComplete()));
        }
        collections.setAll(rows);
        countries.setAll(topCountries(overview.usersByCountry()));
    }

    static List<CountryCount> topCountries(Map<String, Integer> byCountry) {
        List<CountryCount> top = new ArrayList<>();
        int other = 0;
        for (Map.Entry<String, Integer> entry : byCountry.entrySet()) {
            if (top.size() < CHART_COUNTRIES) {
                String country = TenantOverview.UNKNOWN_COUNTRY.equals(entry.getKey()) ? NO_LOCATION : entry.getKey();
                top.add(new CountryCount(country, entry.getValue()));
            } else {
                other += entry.getValue();
            }
        }
        if (other > 0) {
            top.add(new CountryCount("Other", other));
        }
        return top;
    }

    private static String why(TenantSnapshot snapshot, TenantCollection collection) {
        SourceState state = snapshot.sourceState(collection);
        if (state.state().isComplete()) {
            return null;
        }
        return state.state().label() + (state.detail() == null ? "" : ": " + state.detail());
    }

    private static String number(int value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? number(value.getAsInt()) : "unknown";
    }

    public ReadOnlyStringProperty tenantNameProperty() {
        return tenantName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capturedAtProperty() {
        return capturedAt.getReadOnlyProperty();
    }

    public ObservableList<SummaryCard> cards() {
        return cardsView;
    }

    public ObservableList<CollectionRow> collections() {
        return collectionsView;
    }

    public ObservableList<CountryCount> countries() {
        return countriesView;
    }
}
