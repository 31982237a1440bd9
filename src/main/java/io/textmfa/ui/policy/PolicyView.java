package io.textmfa.ui.policy;

import atlantafx.base.theme.Styles;
import io.textmfa.policy.Finding;
import io.textmfa.policy.draft.PolicyBackup;
import io.textmfa.policy.Severity;
import io.textmfa.tenant.SmsConfigurationJson;
import io.textmfa.ui.common.ErrorAlerts;
import io.textmfa.ui.common.FeatureView;
import io.textmfa.ui.common.FileDialogs;
import io.textmfa.ui.common.SummaryCards;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;

/** The Policy view: the draft editor on the left, its review (findings, what-if, diff) on the right. */
public final class PolicyView extends HBox implements FeatureView {
    private static final Map<String, String> DRILL_DOWN = Map.of("gainMfa", "Gain SMS MFA", "loseMfa", "Lose SMS MFA",
            "gainSignIn", "Gain sign-in", "loseSignIn", "Lose sign-in", "unlicensedNewlyInScope", "Unlicensed newly in scope",
            "phoneOnlyLosingMethod", "Phone-only losing their method");
    private final PolicyViewModel viewModel;
    private final FileDialogs dialogs;
    private final SearchableComboBox<GroupChoice> picker = new SearchableComboBox<>();

    public PolicyView(PolicyViewModel viewModel, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("policy-view");
        getStyleClass().add("feature-view");
        setSpacing(16);
        setPadding(new Insets(16, 24, 12, 24));
        VBox editor = editor();
        VBox review = review();
        HBox.setHgrow(review, Priority.ALWAYS);
        getChildren().addAll(editor, review);
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                ErrorAlerts.show(getScene() == null ? null : getScene().getWindow(), error, viewModel::clearError);
            }
        });
    }

    private VBox editor() {
        Label title = new Label("SMS policy");
        title.getStyleClass().add(Styles.TITLE_3);
        ToggleButton state = new ToggleButton();
        state.setId("sms-state");
        state.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        state.textProperty().bind(viewModel.enabledProperty().map(on -> on ? "SMS method enabled" : "SMS method disabled"));

        picker.setId("group-picker");
        picker.setItems(viewModel.choices());
        picker.setPromptText("Search groups");
        picker.setPrefWidth(300);
        CheckBox signIn = new CheckBox("SMS sign-in");
        Button include = new Button("Include");
        include.setId("add-include");
        include.setOnAction(event -> viewModel.addInclude(picker.getValue(), signIn.isSelected()));
        Button exclude = new Button("Exclude");
        exclude.setId("add-exclude");
        exclude.setOnAction(event -> viewModel.addExclude(picker.getValue()));
        HBox pick = new HBox(6, picker, signIn);
        pick.setAlignment(Pos.CENTER_LEFT);
        HBox add = new HBox(6, include, exclude);

        ListView<TargetRow> includes = targets("include-list", viewModel.includes(), true);
        ListView<TargetRow> excludes = targets("exclude-list", viewModel.excludes(), false);
        excludes.setPrefHeight(110);

        Button revert = new Button("Revert");
        revert.setOnAction(event -> viewModel.revert());
        Button importDraft = new Button("Import...");
        importDraft.setOnAction(event -> dialogs.openJson("Import a policy file").ifPresent(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                viewModel.setDraft(SmsConfigurationJson.read(in, file.getFileName().toString()));
            } catch (IOException e) {
                ErrorAlerts.show(getScene().getWindow(), new io.textmfa.ui.common.UserError("Could not import the policy file",
                        e.getMessage()), () -> { });
            }
        }));
        Button exportDraft = new Button("Export draft...");
        exportDraft.setOnAction(event -> exportShown());
        Button apply = new Button("Apply...");
        apply.setId("apply-draft");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(viewModel.canApplyProperty().not());
        apply.setOnAction(event -> confirmAndApply());
        Button backupsButton = new Button("Backups...");
        backupsButton.setId("policy-backups");
        backupsButton.setOnAction(event -> showBackups());
        HBox buttons = new HBox(6, revert, importDraft, backupsButton, exportDraft, apply);
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(viewModel.statusProperty());

        VBox box = new VBox(8, title, state, new Label("Add a target"), pick, add, new Label("Include"), includes,
                new Label("Exclude (wins over include)"), excludes, buttons, status);
        box.setPrefWidth(430);
        box.setMinWidth(400);
        VBox.setVgrow(includes, Priority.ALWAYS);
        return box;
    }

    private ListView<TargetRow> targets(String id, javafx.collections.ObservableList<TargetRow> rows, boolean include) {
        ListView<TargetRow> list = new ListView<>(rows);
        list.setId(id);
        list.setPlaceholder(new Label(include ? "Nobody is included." : "Nobody is excluded."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TargetRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label label = new Label(row.label());
                label.setTooltip(new javafx.scene.control.Tooltip(row.label() + " (" + row.id() + ")"));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button remove = new Button("✕");
                remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                remove.setOnAction(event -> viewModel.remove(row));
                HBox line = new HBox(6, label, spacer);
                if (include) {
                    CheckBox signIn = new CheckBox("sign-in");
                    signIn.setSelected(row.signIn());
                    signIn.setOnAction(event -> viewModel.setSignIn(row, signIn.isSelected()));
                    line.getChildren().add(signIn);
                }
                line.getChildren().add(remove);
                line.setAlignment(Pos.CENTER_LEFT);
                label.setMaxWidth(include ? 270 : 340);
                setText(null);
                setGraphic(line);
            }
        });
        return list;
    }

    private VBox review() {
        Label findingsTitle = new Label("Validation");
        findingsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox findings = new VBox(4);
        findings.setId("policy-findings");
        Runnable fillFindings = () -> {
            findings.getChildren().clear();
            if (viewModel.findings().isEmpty()) {
                Label ok = new Label("No problems found.");
                ok.getStyleClass().add(Styles.SUCCESS);
                findings.getChildren().add(ok);
            }
            for (Finding finding : viewModel.findings()) {
                Label label = new Label((finding.severity() == Severity.ERROR ? "Error: " : "Warning: ") + finding.sentence());
                label.setWrapText(true);
                label.getStyleClass().add(finding.severity() == Severity.ERROR ? Styles.DANGER : Styles.WARNING);
                findings.getChildren().add(label);
            }
        };
        viewModel.findings().addListener((ListChangeListener<Finding>) change -> fillFindings.run());
        fillFindings.run();

        Label whatIfTitle = new Label("What if the draft is applied");
        whatIfTitle.getStyleClass().add(Styles.TITLE_4);
        SummaryCards cards = new SummaryCards(viewModel.whatIfCards(), 124);
        cards.setId("what-if-cards");
        ComboBox<String> group = new ComboBox<>();
        group.getItems().setAll("gainMfa", "loseMfa", "gainSignIn", "loseSignIn", "unlicensedNewlyInScope", "phoneOnlyLosingMethod");
        group.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : DRILL_DOWN.get(key);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        group.valueProperty().bindBidirectional(viewModel.drillDownGroupProperty());
        ListView<String> users = new ListView<>(viewModel.drillDown());
        users.setId("what-if-users");
        users.setPlaceholder(new Label("Nobody."));
        users.setPrefHeight(140);
        Label diffTitle = new Label("Changes");
        diffTitle.getStyleClass().add(Styles.TITLE_4);
        ListView<String> diff = new ListView<>(viewModel.diff());
        diff.setId("policy-diff");
        diff.setPrefHeight(110);
        VBox box = new VBox(8, findingsTitle, findings, whatIfTitle, cards, new HBox(6, new Label("Users who"), group), users,
                diffTitle, diff);
        VBox.setVgrow(users, Priority.ALWAYS);
        return box;
    }

    private void confirmAndApply() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle("Apply the SMS policy draft");
        confirm.setHeaderText("Apply these changes?");
        StringBuilder text = new StringBuilder(String.join("\n", viewModel.diff()));
        var whatIf = viewModel.whatIfProperty().get();
        if (whatIf != null) {
            text.append(String.format("%n%nGain SMS MFA %,d · lose %,d · gain sign-in %,d · lose %,d · unlicensed newly in scope %,d",
                    whatIf.gainMfa().count(), whatIf.loseMfa().count(), whatIf.gainSignIn().count(), whatIf.loseSignIn().count(),
                    whatIf.unlicensedNewlyInScope().count()));
        }
        text.append("\n\nOn a live tenant the configuration is backed up, written, verified and logged;"
                + " offline the result is a simulation.");
        confirm.setContentText(text.toString());
        confirm.getDialogPane().setId("apply-confirmation");
        confirm.showAndWait().filter(button -> button == ButtonType.OK).ifPresent(button -> viewModel.apply());
    }

    /** The backups, newest first; the selected one's diff against the tenant; "Use as draft" restores through Apply. */
    private void showBackups() {
        viewModel.loadBackups();
        ListView<PolicyBackup> list = new ListView<>(viewModel.backups());
        list.setId("backup-list");
        list.setPlaceholder(new Label("No backups yet: each live Apply saves the configuration it replaces."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PolicyBackup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null
                        : BACKUP_TIME.format(backup.takenAt()) + " UTC · tenant " + backup.tenantId() + " · " + backup.file().getFileName());
            }
        });
        list.setPrefSize(620, 200);
        TextArea diff = new TextArea();
        diff.setId("backup-diff");
        diff.setEditable(false);
        diff.setPrefRowCount(6);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                diff.setText(now == null ? "" : "Restoring it would change:\n" + String.join("\n", viewModel.backupDiff(now))));
        Dialog<PolicyBackup> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Policy backups");
        dialog.setHeaderText("Backups in " + BACKUPS_HINT + ", newest first");
        ButtonType use = new ButtonType("Use as draft", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(use).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(8, list, diff));
        dialog.getDialogPane().setId("backups-dialog");
        dialog.setResultConverter(button -> button == use ? list.getSelectionModel().getSelectedItem() : null);
        dialog.showAndWait().ifPresent(viewModel::useBackup);
    }

    private static final java.time.format.DateTimeFormatter BACKUP_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    private static final String BACKUPS_HINT = "~/.textmfa/backups";

    @Override
    public void focusSearch() {
        picker.requestFocus();
    }

    @Override
    public void exportShown() {
        dialogs.save("Export the draft as a policy file", "sms-policy.json", "json").ifPresent(file -> {
            try {
                io.textmfa.files.AtomicFile.write(file, out -> SmsConfigurationJson.write(viewModel.draft(), out));
            } catch (IOException e) {
                ErrorAlerts.show(getScene().getWindow(), new io.textmfa.ui.common.UserError("Could not export the draft",
                        e.getMessage()), () -> { });
            }
        });
    }
}
