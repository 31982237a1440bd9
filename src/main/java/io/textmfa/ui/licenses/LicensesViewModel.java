package io.textmfa.ui.licenses;

import io.textmfa.files.AtomicFile;
import io.textmfa.licensing.AuditFlag;
import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.LicenseAudit;
import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.Rulesets;
import io.textmfa.licensing.SkuCatalog;
import io.textmfa.licensing.SkuCatalogCsv;
import io.textmfa.licensing.SkuSummary;
import io.textmfa.licensing.UserVerdict;
import io.textmfa.report.AuditReport;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.ui.common.UserError;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Licenses view's state and commands: runs the licence audit in the background whenever the
 * tenant, ruleset or catalogue changes; filters, searches and sorts the user rows; explains the
 * selected user; exports exactly the rows shown; imports Microsoft's licensing CSV.
 */
public final class LicensesViewModel {
    /** Export formats. */
    public enum ExportFormat { CSV, JSON }

    private final TaskExecutor executor;
    private final ObservableValue<TenantSnapshot> snapshot;
    private final ObjectProperty<Ruleset> ruleset = new SimpleObjectProperty<>(this, "ruleset", Rulesets.textMfa());
    private final ReadOnlyObjectWrapper<SkuCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog", SkuCatalog.builtIn());
    private final ReadOnlyObjectWrapper<AuditResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final FilteredList<UserRow> filteredRows = new FilteredList<>(rows);
    private final SortedList<UserRow> shownRows = new SortedList<>(filteredRows);
    private final ObservableList<SkuSummary> skus = FXCollections.observableArrayList();
    private final ObservableList<SkuSummary> skusView = FXCollections.unmodifiableObservableList(skus);
    private final ObservableList<String> countries = FXCollections.observableArrayList(UserRowFilter.ALL_COUNTRIES);
    private final ObservableList<String> countriesView = FXCollections.unmodifiableObservableList(countries);
    private final LicensesSummary summary = new LicensesSummary();

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<String> country = new SimpleObjectProperty<>(this, "country", UserRowFilter.ALL_COUNTRIES);
    private final ObjectProperty<VerdictFilter> verdict = new SimpleObjectProperty<>(this, "verdict", VerdictFilter.ALL);
    private final ObjectProperty<AccountFilter> account = new SimpleObjectProperty<>(this, "account", AccountFilter.ALL);
    private final ObservableSet<AuditFlag> flags = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<UserRowFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", UserRowFilter.NONE);
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final ObjectProperty<UserRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final UserDetails details = new UserDetails();
    private int generation;

    public LicensesViewModel(TaskExecutor executor, ObservableValue<TenantSnapshot> snapshot) {
        this.executor = executor;
        this.snapshot = snapshot;
        snapshot.addListener((obs, old, current) -> audit());
        ruleset.addListener((obs, old, current) -> audit());
        catalog.addListener((obs, old, current) -> audit());
        search.addListener((obs, old, text) -> refilter());
        country.addListener((obs, old, value) -> refilter());
        verdict.addListener((obs, old, value) -> refilter());
        account.addListener((obs, old, value) -> refilter());
        flags.addListener((SetChangeListener<AuditFlag>) change -> refilter());
        filteredRows.addListener((javafx.collections.ListChangeListener<UserRow>) change -> updateShownText());
        selected.addListener((obs, old, row) -> details.show(row, result.get()));
        audit();
    }

    private void audit() {
        TenantSnapshot current = snapshot.getValue();
        if (current == null) {
            return;
        }
        Ruleset chosen = ruleset.get();
        SkuCatalog names = catalog.get();
        int mine = ++generation;
        status.set("Auditing " + current.users().size() + " users under " + chosen.id() + "...");
        executor.submit(progress -> {
            AuditResult audit = LicenseAudit.run(current, chosen, names);
            List<UserRow> built = new ArrayList<>(audit.users().size());
            TreeSet<String> seen = new TreeSet<>();
            for (UserVerdict v : audit.users()) {
                UserRow row = UserRow.of(v);
                built.add(row);
                seen.add(row.country());
            }
            return new Audited(audit, built, new ArrayList<>(seen));
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Audited audited) {
                if (mine != generation) {
                    return;
                }
                selected.set(null);
                result.set(audited.result());
                rows.setAll(audited.rows());
                skus.setAll(audited.result().skus());
                List<String> choices = new ArrayList<>();
                choices.add(UserRowFilter.ALL_COUNTRIES);
                choices.addAll(audited.countries());
                countries.setAll(choices);
                if (!choices.contains(country.get())) {
                    country.set(UserRowFilter.ALL_COUNTRIES);
                }
                summary.show(audited.result());
                status.set("");
                updateShownText();
            }

            @Override
            public void failed(Throwable failure) {
                if (mine == generation) {
                    status.set("The licence audit failed: " + failure.getMessage());
                    error.set(new UserError("Licence audit failed", String.valueOf(failure.getMessage())));
                }
            }
        });
    }

    private record Audited(AuditResult result, List<UserRow> rows, List<String> countries) {
    }

    private void refilter() {
        UserRowFilter next = new UserRowFilter(search.get(), country.get(), verdict.get(), account.get(), flags);
        filter.set(next);
        filteredRows.setPredicate(next.equals(UserRowFilter.NONE) ? null : next);
    }

    private void updateShownText() {
        shownText.set(String.format("Showing %,d of %,d users", filteredRows.size(), rows.size()));
    }

    /** Clears every filter, then shows only users in SMS scope without an eligible licence. */
    public void showUnlicensedInScope() {
        search.set("");
        country.set(UserRowFilter.ALL_COUNTRIES);
        verdict.set(VerdictFilter.ALL);
        account.set(AccountFilter.ALL);
        flags.clear();
        flags.add(AuditFlag.UNLICENSED_IN_SCOPE);
    }

    public void clearFilters() {
        search.set("");
        country.set(UserRowFilter.ALL_COUNTRIES);
        verdict.set(VerdictFilter.ALL);
        account.set(AccountFilter.ALL);
        flags.clear();
    }

    /** Writes the rows shown, in their shown order, to {@code file} (atomically, in the background). */
    public void export(Path file, ExportFormat format) {
        AuditResult audit = result.get();
        if (audit == null || file == null) {
            return;
        }
        List<UserVerdict> shown = shownRows.stream().map(UserRow::verdict).toList();
        String description = filter.get().describe();
        status.set("Exporting " + shown.size() + " users...");
        executor.submit(progress -> {
            AtomicFile.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (format == ExportFormat.CSV) {
                    AuditReport.writeCsv(audit, shown, writer);
                } else {
                    AuditReport.writeJson(audit, shown, description, writer);
                }
                writer.flush();
            });
            return shown.size();
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Integer count) {
                status.set(String.format("Exported %,d users to %s.", count, file.getFileName()));
            }

            @Override
            public void failed(Throwable failure) {
                status.set("");
                error.set(new UserError("Export failed", file.getFileName() + ": " + failure.getMessage()));
            }
        });
    }

    /** Reads Microsoft's licensing CSV and uses its product names on top of the built-in catalogue. */
    public void importCatalog(Path file) {
        if (file == null) {
            return;
        }
        executor.submit(progress -> SkuCatalog.builtIn().withImported(SkuCatalogCsv.read(file)), new TaskCallbacks<>() {
            @Override
            public void succeeded(SkuCatalog imported) {
                catalog.set(imported);
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Could not import the licensing CSV", failure.getMessage()));
            }
        });
    }

    public void clearError() {
        error.set(null);
    }

    public ObjectProperty<Ruleset> rulesetProperty() {
        return ruleset;
    }

    public List<Ruleset> rulesets() {
        return Rulesets.builtIn();
    }

    public ReadOnlyObjectProperty<SkuCatalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AuditResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The rows as shown: filtered, then sorted by the comparator the view binds. */
    public SortedList<UserRow> shownRows() {
        return shownRows;
    }

    public ObservableList<SkuSummary> skus() {
        return skusView;
    }

    public ObservableList<String> countries() {
        return countriesView;
    }

    public LicensesSummary summary() {
        return summary;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObjectProperty<VerdictFilter> verdictProperty() {
        return verdict;
    }

    public ObjectProperty<AccountFilter> accountProperty() {
        return account;
    }

    /** Flags every shown row must carry. */
    public ObservableSet<AuditFlag> flags() {
        return flags;
    }

    public ReadOnlyObjectProperty<UserRowFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    public ObjectProperty<UserRow> selectedProperty() {
        return selected;
    }

    public UserDetails details() {
        return details;
    }
}
