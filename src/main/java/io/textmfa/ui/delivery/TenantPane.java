package io.textmfa.ui.delivery;

import atlantafx.base.theme.Styles;
import io.textmfa.delivery.BulkSimulation;
import io.textmfa.delivery.DeliveryChannel;
import io.textmfa.delivery.ScenarioResult;
import io.textmfa.ui.common.FileDialogs;
import io.textmfa.ui.common.SummaryCards;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The Tenant tab: scenario settings, Run, cards, channel mix, latency histogram, cost by country, table. */
final class TenantPane extends VBox {
    TenantPane(DeliveryViewModel viewModel, FileDialogs dialogs) {
        setSpacing(10);
        setPadding(new Insets(10, 0, 0, 0));
        DatePicker date = new DatePicker();
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        date.setPrefWidth(130);
        Spinner<Integer> attempts = new Spinner<>(1_000, 10_000_000, viewModel.attemptsProperty().get(), 10_000);
        attempts.setEditable(true);
        attempts.setPrefWidth(130);
        attempts.valueProperty().addListener((obs, old, value) -> viewModel.attemptsProperty().set(value));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, (int) viewModel.seedProperty().get());
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.valueProperty().addListener((obs, old, value) -> viewModel.seedProperty().set(value));
        Button run = new Button("Run");
        run.setId("run-simulation");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(event -> viewModel.run());
        Button csv = new Button("Export CSV...");
        csv.setOnAction(event -> dialogs.save("Export the simulation", "simulation.csv", "csv").ifPresent(f -> viewModel.export(f, false)));
        Button json = new Button("Export JSON...");
        json.setOnAction(event -> dialogs.save("Export the simulation", "simulation.json", "json").ifPresent(f -> viewModel.export(f, true)));
        Label status = new Label();
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Label dateLabel = new Label("Date");
        Label attemptsLabel = new Label("Sign-ins");
        Label seedLabel = new Label("Seed");
        for (Label label : List.of(dateLabel, attemptsLabel, seedLabel)) {
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox settings = new HBox(8, dateLabel, date, attemptsLabel, attempts, seedLabel, seed, run, csv, json);
        settings.setAlignment(Pos.CENTER_LEFT);
        viewModel.attemptsProperty().addListener((obs, old, value) -> attempts.getValueFactory().setValue(value.intValue()));

        SummaryCards cards = new SummaryCards(viewModel.cards(), 140);
        cards.setId("simulation-cards");

        PieChart mix = new PieChart();
        mix.setTitle("Channel mix (WhatsApp first)");
        mix.setLabelsVisible(false);
        mix.setAnimated(false);
        mix.setPrefSize(300, 220);
        BarChart<String, Number> latency = new BarChart<>(new CategoryAxis(), new NumberAxis());
        latency.setTitle("Time to code (s)");
        latency.setAnimated(false);
        latency.setBarGap(0);
        latency.setCategoryGap(1);
        latency.setPrefSize(360, 220);
        BarChart<String, Number> cost = new BarChart<>(new CategoryAxis(), new NumberAxis());
        cost.setId("cost-chart");
        cost.setTitle("Cost by country (USD)");
        cost.setAnimated(false);
        cost.setPrefSize(380, 220);
        HBox charts = new HBox(8, mix, latency, cost);

        TableView<CountryRow> table = new TableView<>(viewModel.countries());
        table.setId("simulation-table");
        table.setPlaceholder(new Label("Run the simulation to see results by country."));
        table.getColumns().add(text("Country", CountryRow::country, 80));
        table.getColumns().add(number("Sign-ins", r -> r.attempts()));
        table.getColumns().add(text("Delivered", r -> String.format("%.1f %%", 100 * r.deliveredShare()), 90));
        table.getColumns().add(text("By WhatsApp", r -> String.format("%.1f %%", 100 * r.whatsappShare()), 100));
        table.getColumns().add(text("Cost, WhatsApp first", r -> String.format("$%.2f", r.costWhatsappFirst()), 150));
        table.getColumns().add(text("Cost, SMS only", r -> String.format("$%.2f", r.costSmsOnly()), 130));
        VBox.setVgrow(table, Priority.ALWAYS);

        viewModel.resultsProperty().addListener((obs, old, results) -> fill(results, mix, latency, cost));
        getChildren().addAll(settings, status, cards, charts, table);
    }

    private static void fill(List<ScenarioResult> results, PieChart mix, BarChart<String, Number> latency,
                             BarChart<String, Number> cost) {
        if (results.isEmpty()) {
            return;
        }
        ScenarioResult first = results.get(0);
        mix.getData().setAll(first.channels().entrySet().stream()
                .filter(e -> e.getKey() != DeliveryChannel.NONE)
                .map(e -> new PieChart.Data(e.getKey().jsonName() + " " + e.getValue(), e.getValue())).toList());
        latency.getData().clear();
        for (ScenarioResult result : results) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(result.scenario().cliName());
            int perSecond = 1000 / BulkSimulation.BIN_MS;
            for (int second = 0; second < 60; second += 2) {
                int sum = 0;
                for (int bin = second * perSecond; bin < (second + 2) * perSecond && bin < result.histogram().length; bin++) {
                    sum += result.histogram()[bin];
                }
                series.getData().add(new XYChart.Data<>(String.valueOf(second), sum));
            }
            latency.getData().add(series);
        }
        cost.getData().clear();
        for (ScenarioResult result : results) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(result.scenario().cliName());
            result.byCountry().stream().sorted((a, b) -> Double.compare(b.costUsd(), a.costUsd())).limit(8)
                    .forEach(c -> series.getData().add(new XYChart.Data<>(c.country(), c.costUsd())));
            cost.getData().add(series);
        }
    }

    private static TableColumn<CountryRow, String> text(String title, Function<CountryRow, String> value, double width) {
        TableColumn<CountryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<CountryRow, Number> number(String title, Function<CountryRow, Integer> value) {
        TableColumn<CountryRow, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(90);
        return column;
    }
}
