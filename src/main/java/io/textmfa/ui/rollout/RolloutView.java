package io.textmfa.ui.rollout;

import atlantafx.base.theme.Styles;
import io.textmfa.ui.common.ErrorAlerts;
import io.textmfa.ui.common.FeatureView;
import io.textmfa.ui.common.FileDialogs;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import javafx.util.converter.LocalDateStringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The Rollout view: binds to {@link RolloutViewModel}. */
public final class RolloutView extends VBox implements FeatureView {
    private final CountriesPane countries;
    private final RolloutViewModel viewModel;
    private final FileDialogs dialogs;

    public RolloutView(RolloutViewModel viewModel, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("rollout-view");
        getStyleClass().add("feature-view");
        setSpacing(10);
        setPadding(new Insets(16, 24, 12, 24));

        Label banner = new Label();
        banner.setId("readiness-banner");
        banner.getStyleClass().add("readiness-banner");
        banner.textProperty().bind(viewModel.bannerProperty());
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());

        TimelineStrip strip = new TimelineStrip(viewModel.markers(), viewModel.dateProperty(),
                RolloutViewModel.FIRST_DAY, RolloutViewModel.LAST_DAY);

        countries = new CountriesPane(viewModel);
        TabPane tabs = new TabPane(new Tab("Countries", countries), new Tab("Waves", new WavesPane(viewModel.waves(), dialogs)),
                new Tab("Timeline", new TimelinePane(viewModel.timeline())));
        tabs.setId("rollout-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        getChildren().addAll(header(viewModel), banner, strip, tabs);
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                ErrorAlerts.show(getScene() == null ? null : getScene().getWindow(), error, viewModel::clearError);
            }
        });
    }

    private static HBox header(RolloutViewModel viewModel) {
        Label title = new Label("Rollout");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        DatePicker picker = new DatePicker();
        picker.setId("as-of-date");
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("YYYY-MM-DD");
        picker.valueProperty().bindBidirectional(viewModel.dateProperty());
        picker.setPrefWidth(140);

        long days = ChronoUnit.DAYS.between(RolloutViewModel.FIRST_DAY, RolloutViewModel.LAST_DAY);
        Slider slider = new Slider(0, days, offset(viewModel.dateProperty().get()));
        slider.setId("as-of-slider");
        slider.setPrefWidth(360);
        slider.setBlockIncrement(7);
        boolean[] syncing = {false};
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                viewModel.dateProperty().set(RolloutViewModel.FIRST_DAY.plusDays(Math.round(value.doubleValue())));
                syncing[0] = false;
            }
        });
        viewModel.dateProperty().addListener((obs, old, day) -> {
            if (!syncing[0] && day != null) {
                syncing[0] = true;
                slider.setValue(offset(day));
                syncing[0] = false;
            }
        });

        ToggleButton reveal = new ToggleButton("Show numbers");
        reveal.setId("reveal-numbers");
        reveal.selectedProperty().bindBidirectional(viewModel.revealNumbersProperty());

        HBox header = new HBox(10, title, spacer, new Label("As of"), picker, slider, reveal);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static double offset(LocalDate day) {
        return ChronoUnit.DAYS.between(RolloutViewModel.FIRST_DAY, day == null ? LocalDate.now() : day);
    }

    @Override
    public void focusSearch() {
        countries.focusTable();
    }

    @Override
    public void exportShown() {
        String name = "rollout-" + viewModel.dateProperty().get() + ".csv";
        dialogs.save("Export every user's channel", name, "csv").ifPresent(viewModel::export);
    }
}
