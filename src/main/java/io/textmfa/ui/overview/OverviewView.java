package io.textmfa.ui.overview;

import io.textmfa.ui.common.SummaryCards;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Function;

/** The Overview view: binds to {@link OverviewViewModel} and holds no logic of its own. */
public final class OverviewView extends VBox {
    public OverviewView(OverviewViewModel viewModel) {
        setId("overview-view");
        getStyleClass().add("feature-view");
        setSpacing(16);
        setPadding(new Insets(20, 24, 20, 24));

        Label title = new Label();
        title.setId("overview-tenant");
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(viewModel.tenantNameProperty());
        Label source = new Label();
        source.setId("overview-source");
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.textProperty().bind(viewModel.sourceTextProperty().concat("  ·  ").concat(viewModel.capturedAtProperty()));
        VBox header = new VBox(2, title, source);

        SummaryCards cards = new SummaryCards(viewModel.cards());
        cards.setId("overview-cards");

        SummaryCards licenceCards = new SummaryCards(viewModel.licenceCards());
        licenceCards.setId("overview-licence-cards");
        licenceCards.setPrefWrapLength(2 * 148);
        licenceCards.setMaxWidth(Region.USE_PREF_SIZE);
        Hyperlink unlicensed = new Hyperlink();
        unlicensed.setId("overview-unlicensed-link");
        unlicensed.textProperty().bind(viewModel.unlicensedLinkProperty());
        unlicensed.visibleProperty().bind(viewModel.unlicensedLinkProperty().isNotEmpty());
        unlicensed.setOnAction(event -> viewModel.showUnlicensedInScope());
        Label licenceNote = new Label("Licence audit under the ruleset chosen in Licenses (Ctrl+2).");
        licenceNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox licences = new HBox(12, licenceCards, new VBox(4, unlicensed, licenceNote));
        licences.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<CollectionRow> table = collectionsTable(viewModel);
        BarChart<String, Number> chart = countryChart(viewModel);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox lower = new HBox(16, table, chart);
        VBox.setVgrow(lower, Priority.ALWAYS);
        getChildren().addAll(header, cards, licences, lower);
    }

    private static TableView<CollectionRow> collectionsTable(OverviewViewModel viewModel) {
        TableView<CollectionRow> table = new TableView<>(viewModel.collections());
        table.setId("overview-collections");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Collection", CollectionRow::collection, 235));
        TableColumn<CollectionRow, Number> count = new TableColumn<>("Items");
        count.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        count.setPrefWidth(65);
        table.getColumns().add(count);
        TableColumn<CollectionRow, String> state = new TableColumn<>("State");
        state.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        state.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                CollectionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
                if (row != null) {
                    getStyleClass().add(row.complete() ? Styles.SUCCESS : Styles.WARNING);
                }
            }
        });
        state.setPrefWidth(105);
        table.getColumns().add(state);
        table.getColumns().add(column("Detail", CollectionRow::detail, 130));
        table.setPrefWidth(540);
        table.setPlaceholder(new Label("No tenant loaded"));
        return table;
    }

    private static TableColumn<CollectionRow, String> column(String title, Function<CollectionRow, String> value,
                                                            double width) {
        TableColumn<CollectionRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static BarChart<String, Number> countryChart(OverviewViewModel viewModel) {
        CategoryAxis countries = new CategoryAxis();
        countries.setLabel("Usage location");
        NumberAxis users = new NumberAxis();
        users.setLabel("Users");
        BarChart<String, Number> chart = new BarChart<>(countries, users);
        chart.setId("overview-country-chart");
        chart.setTitle("Users by country");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefWidth(520);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable fill = () -> series.getData().setAll(viewModel.countries().stream()
                .map(c -> new XYChart.Data<String, Number>(c.country(), c.users())).toList());
        viewModel.countries().addListener((ListChangeListener<CountryCount>) change -> fill.run());
        fill.run();
        return chart;
    }
}
