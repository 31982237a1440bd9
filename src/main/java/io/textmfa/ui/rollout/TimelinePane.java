package io.textmfa.ui.rollout;

import atlantafx.base.theme.Styles;
import io.textmfa.rollout.EventKind;
import io.textmfa.rollout.TimelineEvent;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/** The Timeline tab: Microsoft's events with their sources and confidence, editable, resettable. */
final class TimelinePane extends VBox {
    TimelinePane(TimelineEditor editor) {
        setId("timeline-pane");
        setSpacing(8);
        setPadding(new Insets(8, 0, 0, 0));

        TableView<TimelineEvent> table = new TableView<>(editor.events());
        table.setId("timeline-table");
        table.getColumns().add(column("Date", e -> e.date().toString(), 95));
        table.getColumns().add(column("Event", e -> e.kind().label(), 190));
        table.getColumns().add(column("Countries", e -> String.join(", ", e.countries()), 110));
        table.getColumns().add(column("Confidence", e -> e.confidence().jsonName(), 95));
        table.getColumns().add(column("What happens", TimelineEvent::title, 330));
        table.getColumns().add(column("Source", TimelineEvent::source, 300));
        VBox.setVgrow(table, Priority.ALWAYS);

        DatePicker date = new DatePicker();
        date.setPrefWidth(140);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("YYYY-MM-DD");
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.getItems().setAll(EventKind.values());
        kind.setValue(EventKind.WHATSAPP_START);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public EventKind fromString(String text) {
                return null;
            }
        });
        TextField countries = new TextField();
        countries.setPromptText("Countries, e.g. BR, MX");
        TextField title = new TextField();
        title.setPromptText("What happens (optional)");
        HBox.setHgrow(title, Priority.ALWAYS);
        Button add = new Button("Add event");
        add.setOnAction(event -> {
            if (editor.addEvent(date.getValue(), kind.getValue(), countries.getText(), title.getText())) {
                countries.clear();
                title.clear();
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> editor.remove(table.getSelectionModel().getSelectedItem()));
        HBox form = new HBox(8, date, kind, countries, title, add, remove);
        form.setAlignment(Pos.CENTER_LEFT);

        TextField optIn = new TextField();
        optIn.setId("opt-in-countries");
        optIn.setPrefColumnCount(30);
        optIn.setText(editor.optInProperty().get());
        editor.optInProperty().addListener((obs, old, text) -> optIn.setText(text));
        Button applyOptIn = new Button("Apply");
        applyOptIn.setOnAction(event -> editor.setOptInCountries(optIn.getText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reset = new Button("Reset to Microsoft's timeline");
        reset.setId("reset-timeline");
        reset.getStyleClass().add(Styles.DANGER);
        reset.setOnAction(event -> editor.reset());
        HBox optInRow = new HBox(8, new Label("Regions that need an SMS/voice opt-in"), optIn, applyOptIn, spacer, reset);
        optInRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(editor.formErrorProperty());
        Label note = new Label("Events you add are marked as assumptions. Third-party and assumed entries are"
                + " shown in another colour on the timeline.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(table, form, optInRow, error, note);
    }

    private static TableColumn<TimelineEvent, String> column(String title, Function<TimelineEvent, String> value, double width) {
        TableColumn<TimelineEvent, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
