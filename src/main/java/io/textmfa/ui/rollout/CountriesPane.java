package io.textmfa.ui.rollout;

import io.textmfa.rollout.Channel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.Function;

/** The Countries tab: countries with their channel mix, and the selected country's users. */
final class CountriesPane extends SplitPane {
    private static final List<Channel> MIX = List.of(Channel.WHATSAPP_FIRST, Channel.SMS, Channel.VOICE_ONLY,
            Channel.NO_PHONE, Channel.INVALID_PHONE, Channel.RETIRED, Channel.NOT_IN_SCOPE);
    private final TableView<CountryRow> table;

    CountriesPane(RolloutViewModel viewModel) {
        setOrientation(Orientation.VERTICAL);
        table = countryTable(viewModel);
        getItems().addAll(table, userTable(viewModel));
        setDividerPositions(0.55);
    }

    void focusTable() {
        table.requestFocus();
    }

    private static TableView<CountryRow> countryTable(RolloutViewModel viewModel) {
        TableView<CountryRow> table = new TableView<>(viewModel.countries());
        table.setId("country-table");
        table.getColumns().add(text("Country", row -> row.code() + "  " + row.name(), 170));
        table.getColumns().add(number("Users", row -> row.rollout().users()));
        table.getColumns().add(number("In scope", row -> row.rollout().inScope()));
        TableColumn<CountryRow, CountryRow> mix = new TableColumn<>("Channel mix");
        mix.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        mix.setCellFactory(column -> new MixCell());
        mix.setPrefWidth(170);
        mix.setSortable(false);
        table.getColumns().add(mix);
        table.getColumns().add(number("WhatsApp", row -> row.count(Channel.WHATSAPP_FIRST)));
        table.getColumns().add(number("SMS", row -> row.count(Channel.SMS)));
        table.getColumns().add(number("Voice", row -> row.count(Channel.VOICE_ONLY)));
        table.getColumns().add(number("No phone", row -> row.count(Channel.NO_PHONE)));
        table.getColumns().add(number("Invalid", row -> row.count(Channel.INVALID_PHONE)));
        table.getColumns().add(number("Retired", row -> row.count(Channel.RETIRED)));
        table.getColumns().add(text("WhatsApp from", row -> row.rollout().whatsappStart() == null ? ""
                : row.rollout().whatsappStart().toString(), 105));
        table.getColumns().add(text("Opt-in", row -> row.rollout().optInRequired() ? "required" : "", 75));
        table.getColumns().add(text("Wave", row -> row.rollout().wave() == null ? "" : row.rollout().wave(), 100));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedCountryProperty().set(row));
        viewModel.selectedCountryProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private static TableView<UserChannelRow> userTable(RolloutViewModel viewModel) {
        TableView<UserChannelRow> table = new TableView<>(viewModel.countryUsers());
        table.setId("country-users");
        table.setPlaceholder(new Label("Select a country to see its users."));
        table.getColumns().add(userText("Name", UserChannelRow::displayName, 150));
        table.getColumns().add(userText("User principal name", UserChannelRow::userPrincipalName, 210));
        TableColumn<UserChannelRow, String> phone = new TableColumn<>("Phone");
        phone.setCellValueFactory(cell -> viewModel.revealNumbersProperty().map(reveal ->
                reveal ? cell.getValue().phone() : cell.getValue().maskedPhone()));
        phone.setPrefWidth(140);
        table.getColumns().add(phone);
        table.getColumns().add(userText("Source", UserChannelRow::source, 150));
        table.getColumns().add(userText("Channel", UserChannelRow::channelText, 110));
        table.getColumns().add(userText("Reason", UserChannelRow::reason, 420));
        return table;
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
        column.setPrefWidth(72);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<UserChannelRow, String> userText(String title, Function<UserChannelRow, String> value,
                                                                double width) {
        TableColumn<UserChannelRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A bar split by channel, in proportion to the country's users. */
    private static final class MixCell extends TableCell<CountryRow, CountryRow> {
        @Override
        protected void updateItem(CountryRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null || row.rollout().users() == 0) {
                setGraphic(null);
                return;
            }
            HBox bar = new HBox();
            double width = 150;
            for (Channel channel : MIX) {
                int count = row.count(channel);
                if (count == 0) {
                    continue;
                }
                Region part = new Region();
                part.getStyleClass().addAll("mix-part", "mix-" + channel.jsonName());
                double w = Math.max(2, width * count / row.rollout().users());
                part.setPrefSize(w, 12);
                part.setMinSize(w, 12);
                bar.getChildren().add(part);
            }
            setGraphic(bar);
        }
    }
}
