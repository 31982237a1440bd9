package io.textmfa.ui.shell;

import atlantafx.base.theme.Styles;
import io.textmfa.graph.SourceProgress;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The progress of a live read, per source (requests, items, throttling waits, state), with Cancel. */
final class IngestProgressPane extends VBox {
    IngestProgressPane(ShellViewModel viewModel) {
        setId("ingest-progress");
        getStyleClass().add("ingest-progress");
        setSpacing(8);
        setPadding(new Insets(16));
        setMaxSize(760, 360);

        Label title = new Label("Reading the tenant over Microsoft Graph");
        title.getStyleClass().add(Styles.TITLE_4);
        Label device = new Label();
        device.setId("device-code");
        device.setWrapText(true);
        device.textProperty().bind(viewModel.deviceCodeProperty());
        Button copy = new Button("Copy code");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.deviceUserCodeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox deviceRow = new HBox(8, device, copy);
        deviceRow.setAlignment(Pos.CENTER_LEFT);
        deviceRow.visibleProperty().bind(viewModel.deviceCodeProperty().isNotEmpty());
        deviceRow.managedProperty().bind(deviceRow.visibleProperty());

        TableView<SourceProgress> table = new TableView<>(viewModel.ingestProgress());
        table.setId("ingest-table");
        table.setPlaceholder(new Label("Signing in..."));
        table.getColumns().add(text("Source", p -> p.collection().label(), 240));
        table.getColumns().add(number("Requests", SourceProgress::requests));
        table.getColumns().add(number("Items", SourceProgress::items));
        table.getColumns().add(number("Waits", SourceProgress::throttleWaits));
        table.getColumns().add(text("State", p -> p.done() ? p.state().state().label() : "reading...", 140));
        table.setPrefHeight(240);

        Button cancel = new Button("Cancel");
        cancel.setId("cancel-ingest");
        cancel.setOnAction(event -> viewModel.cancelLoading());
        getChildren().addAll(title, deviceRow, table, cancel);
    }

    private static TableColumn<SourceProgress, String> text(String title, Function<SourceProgress, String> value, double width) {
        TableColumn<SourceProgress, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<SourceProgress, Number> number(String title, Function<SourceProgress, Integer> value) {
        TableColumn<SourceProgress, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(110);
        return column;
    }
}
