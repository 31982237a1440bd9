package io.textmfa.ui.licenses;

import io.textmfa.licensing.SkuSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** The SKUs tab: each subscription with its units, whether it qualifies, and its use in SMS scope. */
final class SkuTable extends TableView<SkuSummary> {
    SkuTable(ObservableList<SkuSummary> skus) {
        super(skus);
        setId("sku-table");
        getColumns().add(text("Product", SkuSummary::displayName, 250));
        getColumns().add(text("Part number", SkuSummary::skuPartNumber, 190));
        getColumns().add(text("Status", SkuSummary::capabilityStatus, 90));
        getColumns().add(number("Enabled", SkuSummary::prepaidEnabled));
        getColumns().add(number("Suspended", SkuSummary::prepaidSuspended));
        getColumns().add(number("Warning", SkuSummary::prepaidWarning));
        getColumns().add(number("Consumed", SkuSummary::consumed));
        getColumns().add(number("Available", SkuSummary::available));
        getColumns().add(number("In SMS scope", SkuSummary::consumedInScope));
        getColumns().add(text("Qualifies", sku -> sku.qualifies() ? (sku.viaBundle() ? "Yes, via Entra ID plan" : "Yes") : "No", 160));
    }

    private static TableColumn<SkuSummary, String> text(String title, Function<SkuSummary, String> value, double width) {
        TableColumn<SkuSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<SkuSummary, Number> number(String title, Function<SkuSummary, Integer> value) {
        TableColumn<SkuSummary, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(90);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
