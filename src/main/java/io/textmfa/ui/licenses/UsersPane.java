package io.textmfa.ui.licenses;

import atlantafx.base.theme.Styles;
import io.textmfa.licensing.AuditFlag;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.function.Function;

/** The Users tab: filter row, the virtualised user table and the details pane. */
final class UsersPane extends VBox {
    private final TextField search = new TextField();
    private boolean syncingFlags;

    UsersPane(LicensesViewModel viewModel) {
        setSpacing(8);
        setPadding(new Insets(8, 0, 0, 0));
        SplitPane split = new SplitPane(table(viewModel), details(viewModel.details()));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(filters(viewModel), split);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox filters(LicensesViewModel viewModel) {
        search.setId("user-search");
        search.setPromptText("Search name, UPN or id (Ctrl+F)");
        search.setPrefColumnCount(15);
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        ComboBox<String> country = new ComboBox<>(viewModel.countries());
        country.setId("country-filter");
        country.valueProperty().bindBidirectional(viewModel.countryProperty());
        country.setPrefWidth(125);

        ComboBox<VerdictFilter> verdict = new ComboBox<>();
        verdict.setId("verdict-filter");
        verdict.getItems().setAll(VerdictFilter.values());
        verdict.valueProperty().bindBidirectional(viewModel.verdictProperty());
        verdict.setPrefWidth(125);

        ComboBox<AccountFilter> account = new ComboBox<>();
        account.setId("account-filter");
        account.getItems().setAll(AccountFilter.values());
        account.valueProperty().bindBidirectional(viewModel.accountProperty());
        account.setPrefWidth(125);

        CheckComboBox<AuditFlag> flags = new CheckComboBox<>();
        flags.setId("flag-filter");
        flags.setTitle("Flags");
        flags.setPrefWidth(170);
        flags.getItems().setAll(AuditFlag.values());
        flags.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditFlag flag) {
                return flag == null ? "" : flag.label();
            }

            @Override
            public AuditFlag fromString(String text) {
                return null;
            }
        });
        flags.getCheckModel().getCheckedItems().addListener((ListChangeListener<AuditFlag>) change -> {
            if (!syncingFlags) {
                syncingFlags = true;
                viewModel.flags().retainAll(flags.getCheckModel().getCheckedItems());
                viewModel.flags().addAll(flags.getCheckModel().getCheckedItems());
                syncingFlags = false;
            }
        });
        viewModel.flags().addListener((SetChangeListener<AuditFlag>) change -> {
            if (!syncingFlags) {
                syncingFlags = true;
                for (AuditFlag flag : AuditFlag.values()) {
                    if (viewModel.flags().contains(flag)) {
                        flags.getCheckModel().check(flag);
                    } else {
                        flags.getCheckModel().clearCheck(flag);
                    }
                }
                syncingFlags = false;
            }
        });

        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label shown = new Label();
        shown.setId("shown-count");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(viewModel.shownTextProperty());
        shown.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(8, search, country, verdict, account, flags, clear, shown);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableView<UserRow> table(LicensesViewModel viewModel) {
        TableView<UserRow> table = new TableView<>(viewModel.shownRows());
        table.setId("user-table");
        viewModel.shownRows().comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().add(column("Name", UserRow::displayName, 170));
        table.getColumns().add(column("User principal name", UserRow::userPrincipalName, 230));
        table.getColumns().add(column("Country", UserRow::country, 70));
        table.getColumns().add(column("Verdict", UserRow::verdictText, 95));
        table.getColumns().add(column("Qualifying licences", UserRow::qualifyingText, 170));
        table.getColumns().add(column("SMS scope", UserRow::scopeText, 100));
        table.getColumns().add(column("Flags", UserRow::flagsText, 220));
        table.setPlaceholder(new Label("No user matches the filters."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private static TableColumn<UserRow, String> column(String title, Function<UserRow, String> value, double width) {
        TableColumn<UserRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static VBox details(UserDetails details) {
        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(details.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        subtitle.textProperty().bind(details.subtitleProperty());
        subtitle.setWrapText(true);
        Label explanation = new Label();
        explanation.setId("details-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(details.explanationProperty());
        Label licences = new Label();
        licences.setWrapText(true);
        licences.getStyleClass().add(Styles.TEXT_SMALL);
        licences.textProperty().bind(details.licencesProperty());
        VBox reasons = new VBox(4);
        reasons.setId("details-flags");
        Runnable fill = () -> reasons.getChildren().setAll(details.flagReasons().stream().map(text -> {
            Label label = new Label("• " + text);
            label.setWrapText(true);
            label.getStyleClass().add(Styles.TEXT_SMALL);
            return label;
        }).toList());
        details.flagReasons().addListener((ListChangeListener<String>) change -> fill.run());
        VBox pane = new VBox(8, title, subtitle, explanation, licences, reasons);
        pane.setId("user-details");
        pane.getStyleClass().add("details-pane");
        pane.setPadding(new Insets(12));
        pane.setMinWidth(240);
        return pane;
    }
}
