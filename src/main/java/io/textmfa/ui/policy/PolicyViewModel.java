package io.textmfa.ui.policy;

import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.Rulesets;
import io.textmfa.policy.Finding;
import io.textmfa.policy.draft.DraftValidator;
import io.textmfa.policy.draft.PolicyApply;
import io.textmfa.policy.draft.PolicyBackup;
import io.textmfa.policy.draft.PolicyDiff;
import io.textmfa.policy.draft.PolicyGateway;
import io.textmfa.policy.draft.PolicyWhatIf;
import io.textmfa.policy.draft.SimulatedApply;
import io.textmfa.policy.draft.UserGroup;
import io.textmfa.policy.draft.WhatIf;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.ui.common.SummaryCard;
import io.textmfa.ui.common.UserError;
import io.textmfa.ui.concurrent.TaskCallbacks;
import io.textmfa.ui.concurrent.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Policy view's state and commands: the draft SMS configuration (state, include targets with
 * SMS sign-in, exclude targets), reviewed against the tenant in the background (findings, what-if,
 * readable diff) at every change; revert, import and export; apply (simulated offline, safe on a
 * live tenant through {@link PolicyApply}).
 */
public final class PolicyViewModel {
    /** What the shell lends the Policy view: the current tenant, and how to show or apply the result. */
    public interface Host {
        ObservableValue<TenantSnapshot> snapshot();

        /** Shows the tenant with the draft applied, labelled as a simulation. */
        void showSimulation(TenantSnapshot simulated);

        /**
         * The live tenant's policy in write mode, or null when the current tenant is not live. The write-mode sign-in
         * may need the user (device code): {@code signInPrompt} receives the sentence to show, on the calling thread.
         */
        PolicyGateway liveGateway(java.util.function.Consumer<String> signInPrompt) throws Exception;

        PolicyApply applier(PolicyGateway gateway);

        /** Reads the live tenant again after an apply. */
        void reload();

        /** The policy backups, newest first (reading a folder: call it off the FX thread). */
        List<PolicyBackup> backups() throws Exception;
    }

    private final TaskExecutor executor;
    private final Host host;
    private final Ruleset ruleset = Rulesets.textMfa();
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ObservableList<TargetRow> includes = FXCollections.observableArrayList();
    private final ObservableList<TargetRow> includesView = FXCollections.unmodifiableObservableList(includes);
    private final ObservableList<TargetRow> excludes = FXCollections.observableArrayList();
    private final ObservableList<TargetRow> excludesView = FXCollections.unmodifiableObservableList(excludes);
    private final ObservableList<GroupChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<GroupChoice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ObservableList<PolicyBackup> backups = FXCollections.observableArrayList();
    private final ObservableList<PolicyBackup> backupsView = FXCollections.unmodifiableObservableList(backups);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<SummaryCard> whatIfCards = FXCollections.observableArrayList();
    private final ObservableList<SummaryCard> whatIfCardsView = FXCollections.unmodifiableObservableList(whatIfCards);
    private final ObservableList<String> diff = FXCollections.observableArrayList();
    private final ObservableList<String> diffView = FXCollections.unmodifiableObservableList(diff);
    private final ObjectProperty<String> drillDownGroup = new SimpleObjectProperty<>(this, "drillDownGroup", "gainMfa");
    private final ObservableList<String> drillDown = FXCollections.observableArrayList();
    private final ObservableList<String> drillDownView = FXCollections.unmodifiableObservableList(drillDown);
    private final ReadOnlyObjectWrapper<WhatIf> whatIf = new ReadOnlyObjectWrapper<>(this, "whatIf");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private SmsMethodConfiguration base;
    private TenantSnapshot tenant;
    private Map<String, User> users = Map.of();
    private int generation;
    private boolean loading;

    public PolicyViewModel(TaskExecutor executor, Host host) {
        this.executor = executor;
        this.host = host;
        host.snapshot().addListener((obs, old, current) -> load(current));
        enabled.addListener((obs, old, value) -> review());
        drillDownGroup.addListener((obs, old, value) -> showDrillDown());
        load(host.snapshot().getValue());
    }

    private void load(TenantSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        tenant = snapshot;
        Map<String, User> byId = new HashMap<>();
        snapshot.users().forEach(u -> byId.put(u.id(), u));
        users = byId;
        List<GroupChoice> list = new ArrayList<>();
        list.add(GroupChoice.ALL_USERS);
        snapshot.groups().stream().map(g -> new GroupChoice(g.id(), g.displayName() == null ? g.id() : g.displayName(),
                g.members().size())).sorted(java.util.Comparator.comparing(GroupChoice::name)).forEach(list::add);
        choices.setAll(list);
        base = snapshot.policy().map(p -> p.sms()).orElse(null);
        setDraft(base == null ? new SmsMethodConfiguration("Sms", "disabled", List.of(), List.of()) : base);
    }

    /** Replaces the draft (revert, import, restore of a backup). */
    public void setDraft(SmsMethodConfiguration configuration) {
        loading = true;
        enabled.set(configuration.isEnabled());
        includes.setAll(configuration.includeTargets().stream()
                .map(t -> new TargetRow(t.id(), t.targetType().graphName(), label(t.id(), t.targetType()), t.isUsableForSignIn(), true))
                .toList());
        excludes.setAll(configuration.excludeTargets().stream()
                .map(t -> new TargetRow(t.id(), t.targetType().graphName(), label(t.id(), t.targetType()), false, false)).toList());
        loading = false;
        review();
    }

    public void revert() {
        setDraft(base == null ? new SmsMethodConfiguration("Sms", "disabled", List.of(), List.of()) : base);
    }

    public void addInclude(GroupChoice choice, boolean signIn) {
        if (choice == null || includes.stream().anyMatch(r -> r.id().equals(choice.id()))) {
            return;
        }
        includes.add(new TargetRow(choice.id(), "group", choice.name(), signIn, true));
        review();
    }

    public void addExclude(GroupChoice choice) {
        if (choice == null || choice == GroupChoice.ALL_USERS || excludes.stream().anyMatch(r -> r.id().equals(choice.id()))) {
            return;
        }
        excludes.add(new TargetRow(choice.id(), "group", choice.name(), false, false));
        review();
    }

    public void remove(TargetRow row) {
        if ((row.include() ? includes : excludes).remove(row)) {
            review();
        }
    }

    public void setSignIn(TargetRow row, boolean signIn) {
        int index = includes.indexOf(row);
        if (index >= 0 && row.signIn() != signIn) {
            includes.set(index, new TargetRow(row.id(), row.type(), row.label(), signIn, true));
            review();
        }
    }

    /** The draft as Graph's SMS configuration. */
    public SmsMethodConfiguration draft() {
        return new SmsMethodConfiguration("Sms", enabled.get() ? "enabled" : "disabled",
                includes.stream().map(r -> new IncludeTarget(TargetType.fromGraphName(r.type()), r.id(), r.signIn())).toList(),
                excludes.stream().map(r -> new ExcludeTarget(TargetType.fromGraphName(r.type()), r.id())).toList());
    }

    private void review() {
        if (loading || tenant == null) {
            return;
        }
        TenantSnapshot snapshot = tenant;
        SmsMethodConfiguration current = base;
        SmsMethodConfiguration draft = draft();
        int mine = ++generation;
        executor.submit(progress -> {
            WhatIf result = PolicyWhatIf.compare(snapshot, current, draft, ruleset);
            return new Review(result, DraftValidator.validate(snapshot, current, draft, result),
                    PolicyDiff.lines(current, draft, names(snapshot)));
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Review review) {
                if (mine == generation) {
                    show(review);
                }
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("The draft could not be reviewed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private record Review(WhatIf whatIf, List<Finding> findings, List<String> diff) {
    }

    private void show(Review review) {
        whatIf.set(review.whatIf());
        findings.setAll(review.findings());
        diff.setAll(review.diff().isEmpty() ? List.of("No change from the tenant's current configuration.") : review.diff());
        WhatIf w = review.whatIf();
        whatIfCards.setAll(card("Gain SMS MFA", w.gainMfa()), card("Lose SMS MFA", w.loseMfa()),
                card("Gain sign-in", w.gainSignIn()), card("Lose sign-in", w.loseSignIn()),
                card("Unlicensed in", w.unlicensedNewlyInScope()), card("Phone-only out", w.phoneOnlyLosingMethod()));
        canApply.set(!DraftValidator.hasErrors(review.findings()) && !review.diff().isEmpty());
        showDrillDown();
    }

    private static SummaryCard card(String label, UserGroup group) {
        return new SummaryCard(label, String.format("%,d", group.count()), group.byCountry().isEmpty() ? "nobody"
                : group.byCountry().entrySet().stream().limit(4).map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    private void showDrillDown() {
        WhatIf w = whatIf.get();
        if (w == null) {
            drillDown.clear();
            return;
        }
        UserGroup group = switch (drillDownGroup.get() == null ? "gainMfa" : drillDownGroup.get()) {
            case "loseMfa" -> w.loseMfa();
            case "gainSignIn" -> w.gainSignIn();
            case "loseSignIn" -> w.loseSignIn();
            case "unlicensedNewlyInScope" -> w.unlicensedNewlyInScope();
            case "phoneOnlyLosingMethod" -> w.phoneOnlyLosingMethod();
            default -> w.gainMfa();
        };
        drillDown.setAll(group.userIds().stream().map(id -> {
            User user = users.get(id);
            return user == null ? id : user.userPrincipalName() + "  ·  " + (user.usageLocation() == null ? "??" : user.usageLocation());
        }).toList());
    }

    /** Applies the draft: on a live tenant safely (backup, PATCH, verify, audit); offline as a simulation. */
    public void apply() {
        SmsMethodConfiguration draft = draft();
        TenantSnapshot snapshot = tenant;
        if (snapshot == null) {
            return;
        }
        status.set("Applying...");
        executor.submit(progress -> {
            PolicyGateway gateway = host.liveGateway(message -> progress.publish(new SignInPrompt(message)));
            if (gateway == null) {
                return new Applied(SimulatedApply.apply(snapshot, draft), null);
            }
            return new Applied(null, host.applier(gateway).apply(base, draft));
        }, new TaskCallbacks<>() {
            @Override
            public void succeeded(Applied applied) {
                if (applied.simulated() != null) {
                    status.set("Simulation: the draft is applied to the tenant in memory; no tenant was changed.");
                    host.showSimulation(applied.simulated());
                } else if (applied.outcome().applied()) {
                    status.set(applied.outcome().message());
                    host.reload();
                } else {
                    status.set("Not applied: " + applied.outcome().failedStep().label() + " failed.");
                    error.set(new UserError("The draft was not applied", applied.outcome().message()));
                }
            }

            @Override
            public void published(Object update) {
                if (update instanceof SignInPrompt prompt) {
                    status.set(prompt.message()); // e.g. the device-code URL and code; shown, never logged
                }
            }

            @Override
            public void failed(Throwable failure) {
                status.set("");
                error.set(new UserError("The draft was not applied", String.valueOf(failure.getMessage())));
            }
        });
    }

    private record SignInPrompt(String message) {
    }

    /** Lists the backups in the background; the list replaces {@link #backups()} when read. */
    public void loadBackups() {
        executor.submit(progress -> host.backups(), new TaskCallbacks<>() {
            @Override
            public void succeeded(List<PolicyBackup> read) {
                backups.setAll(read);
            }

            @Override
            public void failed(Throwable failure) {
                error.set(new UserError("Could not list the backups", String.valueOf(failure.getMessage())));
            }
        });
    }

    public ObservableList<PolicyBackup> backups() {
        return backupsView;
    }

    /** The readable diff from the tenant's current configuration to the backup (what restoring it would change). */
    public List<String> backupDiff(PolicyBackup backup) {
        if (tenant == null) {
            return List.of();
        }
        SmsMethodConfiguration current = base == null ? new SmsMethodConfiguration("Sms", "disabled", List.of(), List.of()) : base;
        List<String> lines = PolicyDiff.lines(current, backup.configuration(), names(tenant));
        return lines.isEmpty() ? List.of("The backup equals the tenant's current configuration.") : lines;
    }

    /** Makes the backup the draft; Apply then restores it through the same safe path. */
    public void useBackup(PolicyBackup backup) {
        setDraft(backup.configuration());
        status.set("The backup " + backup.file().getFileName() + " is the draft; Apply restores it.");
    }

    private record Applied(TenantSnapshot simulated, PolicyApply.Outcome outcome) {
    }

    private String label(String id, TargetType type) {
        if (IncludeTarget.ALL_USERS.equals(id)) {
            return "All users";
        }
        if (type == TargetType.USER) {
            User user = users.get(id);
            return "user " + (user == null ? id : user.userPrincipalName());
        }
        return choices.stream().filter(c -> c.id().equals(id)).map(GroupChoice::name).findFirst()
                .orElse(id + " (not in the tenant)");
    }

    private static Map<String, String> names(TenantSnapshot snapshot) {
        Map<String, String> names = new HashMap<>();
        for (Group group : snapshot.groups()) {
            names.put(group.id(), group.displayName());
        }
        return names;
    }

    public void clearError() {
        error.set(null);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObservableList<TargetRow> includes() {
        return includesView;
    }

    public ObservableList<TargetRow> excludes() {
        return excludesView;
    }

    public ObservableList<GroupChoice> choices() {
        return choicesView;
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ObservableList<SummaryCard> whatIfCards() {
        return whatIfCardsView;
    }

    public ObservableList<String> diff() {
        return diffView;
    }

    public ObjectProperty<String> drillDownGroupProperty() {
        return drillDownGroup;
    }

    public ObservableList<String> drillDown() {
        return drillDownView;
    }

    public ReadOnlyObjectProperty<WhatIf> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
