package io.textmfa.ui.delivery;

import atlantafx.base.theme.Styles;
import io.textmfa.delivery.CountryModel;
import io.textmfa.ui.common.FileDialogs;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DoubleStringConverter;

import java.util.function.BiFunction;
import java.util.function.Function;

/** The Model tab: per-country figures (editable; edits are marked as assumptions), import, export, reset. */
final class ModelPane extends VBox {
    ModelPane(DeliveryViewModel viewModel, FileDialogs dialogs) {
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 0));
        TableView<CountryModel> table = new TableView<>(viewModel.modelCountries());
        table.setId("model-table");
        table.setEditable(true);
        table.getColumns().add(text("Country", CountryModel::country, 70));
        table.getColumns().add(number("On WhatsApp", CountryModel::whatsappAdoption, viewModel,
                (c, v) -> new CountryModel(c.country(), v, c.whatsappSuccess(), c.smsSuccess(), c.whatsappPriceUsd(),
                        c.smsPriceUsd(), c.source() + " (edited)", c.date(), true)));
        table.getColumns().add(number("WhatsApp success", CountryModel::whatsappSuccess, viewModel,
                (c, v) -> new CountryModel(c.country(), c.whatsappAdoption(), v, c.smsSuccess(), c.whatsappPriceUsd(),
                        c.smsPriceUsd(), c.source() + " (edited)", c.date(), true)));
        table.getColumns().add(number("SMS success", CountryModel::smsSuccess, viewModel,
                (c, v) -> new CountryModel(c.country(), c.whatsappAdoption(), c.whatsappSuccess(), v, c.whatsappPriceUsd(),
                        c.smsPriceUsd(), c.source() + " (edited)", c.date(), true)));
        table.getColumns().add(number("WhatsApp USD", CountryModel::whatsappPriceUsd, viewModel,
                (c, v) -> new CountryModel(c.country(), c.whatsappAdoption(), c.whatsappSuccess(), c.smsSuccess(), v,
                        c.smsPriceUsd(), c.source() + " (edited)", c.date(), true)));
        table.getColumns().add(number("SMS USD", CountryModel::smsPriceUsd, viewModel,
                (c, v) -> new CountryModel(c.country(), c.whatsappAdoption(), c.whatsappSuccess(), c.smsSuccess(),
                        c.whatsappPriceUsd(), v, c.source() + " (edited)", c.date(), true)));
        table.getColumns().add(text("Assumption", c -> c.assumption() ? "yes" : "", 90));
        table.getColumns().add(text("Source", CountryModel::source, 420));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button importModel = new Button("Import model...");
        importModel.setOnAction(event -> dialogs.openJson("Import a delivery model").ifPresent(viewModel::importModel));
        Button exportModel = new Button("Export model...");
        exportModel.setOnAction(event -> dialogs.save("Export the delivery model", "delivery-model.json", "json")
                .ifPresent(viewModel::exportModel));
        Button reset = new Button("Reset to built-in");
        reset.getStyleClass().add(Styles.DANGER);
        reset.setOnAction(event -> viewModel.resetModel());
        Label note = new Label("Countries not listed use the default figures; global figures (fallback timeout, code lifetime,"
                + " attempts, rate limit, opt-in) are in the model file. Double-click a number to edit it.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        getChildren().addAll(table, new HBox(8, importModel, exportModel, reset), note);
    }

    private static TableColumn<CountryModel, String> text(String title, Function<CountryModel, String> value, double width) {
        TableColumn<CountryModel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<CountryModel, Double> number(String title, Function<CountryModel, Double> value,
                                                            DeliveryViewModel viewModel,
                                                            BiFunction<CountryModel, Double, CountryModel> edit) {
        TableColumn<CountryModel, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new LenientDoubleConverter()));
        column.setOnEditCommit(event -> {
            boolean changed = event.getNewValue() != null
                    && viewModel.editCountry(edit.apply(event.getRowValue(), event.getNewValue()));
            if (!changed) {
                event.getTableView().refresh(); // show the figure that is still in force
            }
        });
        column.setPrefWidth(110);
        return column;
    }

    /** Reads "0.95", "0,95" or "95 %"; anything else is no value (the edit is dropped) instead of an exception. */
    static final class LenientDoubleConverter extends DoubleStringConverter {
        @Override
        public Double fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String t = text.strip().replace(',', '.');
            boolean percent = t.endsWith("%");
            if (percent) {
                t = t.substring(0, t.length() - 1).strip();
            }
            try {
                double value = Double.parseDouble(t);
                return percent ? value / 100 : value;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
