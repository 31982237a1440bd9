package io.textmfa.ui.licenses;

import atlantafx.base.theme.Styles;
import io.textmfa.licensing.Ruleset;
import io.textmfa.ui.common.ErrorAlerts;
import io.textmfa.ui.common.FeatureView;
import io.textmfa.ui.common.FileDialogs;
import io.textmfa.ui.common.SummaryCards;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The Licenses view: binds to {@link LicensesViewModel}; holds no rule of its own. */
public final class LicensesView extends VBox implements FeatureView {
    /** Eligible, in scope without a licence, the rest: AtlantaFX colours that follow the theme. */
    private static final String[] COVERAGE_COLOURS = {"-color-success-emphasis", "-color-danger-emphasis",
        "-color-neutral-emphasis"};
    private final LicensesViewModel viewModel;
    private final FileDialogs dialogs;
    private final UsersPane users;

    public LicensesView(LicensesViewModel viewModel, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("licenses-view");
        getStyleClass().add("feature-view");
        setSpacing(12);
        setPadding(new Insets(16, 24, 12, 24));

        users = new UsersPane(viewModel);
        TabPane tabs = new TabPane(new Tab("Users", users), new Tab("SKUs", new SkuTable(viewModel.skus())));
        tabs.setId("licenses-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        SummaryCards cards = new SummaryCards(viewModel.summary().cards(), 124);
        cards.setId("licenses-cards");
        cards.setPrefWrapLength(5 * 136);
        HBox.setHgrow(cards, Priority.ALWAYS);
        HBox top = new HBox(12, cards, coverageChart());
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header(), warnings(), top, tabs);

        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                ErrorAlerts.show(getScene() == null ? null : getScene().getWindow(), error, viewModel::clearError);
            }
        });
    }

    private HBox header() {
        Label title = new Label("Licenses");
        title.getStyleClass().add(Styles.TITLE_3);
        Label status = new Label();
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<Ruleset> ruleset = new ComboBox<>();
        ruleset.setId("ruleset");
        ruleset.getItems().setAll(viewModel.rulesets());
        ruleset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Ruleset value) {
                return value == null ? "" : value.id() + " — " + value.name();
            }

            @Override
            public Ruleset fromString(String text) {
                return null;
            }
        });
        ruleset.valueProperty().bindBidirectional(viewModel.rulesetProperty());
        ruleset.setPrefWidth(330);

        Button importCsv = new Button("Import licensing CSV...", new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        importCsv.setId("import-sku-csv");
        importCsv.setOnAction(event -> dialogs.openCsv("Import Microsoft's licensing CSV").ifPresent(viewModel::importCatalog));

        MenuItem csv = new MenuItem("Shown users as CSV...");
        csv.setId("export-csv");
        csv.setOnAction(event -> export(LicensesViewModel.ExportFormat.CSV));
        MenuItem json = new MenuItem("Shown users as JSON...");
        json.setId("export-json");
        json.setOnAction(event -> export(LicensesViewModel.ExportFormat.JSON));
        MenuButton exportMenu = new MenuButton("Export", new FontIcon(Material2AL.GET_APP), csv, json);
        exportMenu.setId("export-menu");

        HBox header = new HBox(10, title, status, spacer, new Label("Ruleset"), ruleset, importCsv, exportMenu);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private VBox warnings() {
        VBox box = new VBox(4);
        box.setId("licenses-warnings");
        Runnable fill = () -> box.getChildren().setAll(viewModel.summary().warnings().stream().map(text -> {
            Label label = new Label(text, new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
            label.getStyleClass().addAll(Styles.WARNING, "policy-warning");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }).toList());
        viewModel.summary().warnings().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return box;
    }

    /** A small pie with its own legend beside it: PieChart's legend needs more room than the view has. */
    private HBox coverageChart() {
        PieChart chart = new PieChart();
        chart.setId("coverage-chart");
        chart.getStyleClass().add("coverage-chart");
        chart.setLegendVisible(false);
        chart.setLabelsVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(130, 130);
        chart.setMinSize(130, 130);
        chart.setMaxSize(130, 130);
        VBox legend = new VBox(6);
        legend.setId("coverage-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> {
            chart.getData().setAll(viewModel.summary().coverage().stream()
                    .map(slice -> new PieChart.Data(slice.label(), slice.users())).toList());
            for (int i = 0; i < chart.getData().size() && i < COVERAGE_COLOURS.length; i++) {
                chart.getData().get(i).getNode().setStyle("-fx-pie-color: " + COVERAGE_COLOURS[i] + ";");
            }
            legend.getChildren().clear();
            Label title = new Label("Licence coverage");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            legend.getChildren().add(title);
            int index = 0;
            for (CoverageSlice slice : viewModel.summary().coverage()) {
                Region symbol = new Region();
                symbol.getStyleClass().add("pie-legend-symbol");
                symbol.setStyle("-fx-background-color: " + COVERAGE_COLOURS[index++ % COVERAGE_COLOURS.length] + ";");
                symbol.setMinSize(10, 10);
                symbol.setMaxSize(10, 10);
                Label item = new Label(slice.label() + "  " + LicensesSummary.number(slice.users()), symbol);
                item.getStyleClass().add(Styles.TEXT_SMALL);
                legend.getChildren().add(item);
            }
        };
        viewModel.summary().coverage().addListener((ListChangeListener<CoverageSlice>) change -> fill.run());
        fill.run();
        HBox box = new HBox(8, chart, legend);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void export(LicensesViewModel.ExportFormat format) {
        String extension = format == LicensesViewModel.ExportFormat.CSV ? "csv" : "json";
        String name = "licenses-" + viewModel.rulesetProperty().get().id() + "." + extension;
        dialogs.save("Export the shown users", name, extension).ifPresent(file -> viewModel.export(file, format));
    }

    @Override
    public void focusSearch() {
        users.focusSearch();
    }

    @Override
    public void exportShown() {
        export(LicensesViewModel.ExportFormat.CSV);
    }
}
