package io.textmfa.ui.rollout;

import atlantafx.base.theme.Styles;
import io.textmfa.rollout.Wave;
import io.textmfa.tenant.Group;
import io.textmfa.ui.common.FileDialogs;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
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

/** The Waves tab: the organisation's waves, a form to add one, problems, open and save. */
final class WavesPane extends VBox {
    WavesPane(WaveEditor editor, FileDialogs dialogs) {
        setId("waves-pane");
        setSpacing(8);
        setPadding(new Insets(8, 0, 0, 0));

        TableView<Wave> table = new TableView<>(editor.waves());
        table.setId("wave-table");
        table.setPlaceholder(new Label("No waves yet: add the first one below, or open a plan."));
        table.getColumns().add(column("Wave", Wave::name, 180));
        table.getColumns().add(column("Date", wave -> wave.date().toString(), 110));
        table.getColumns().add(column("Countries", wave -> String.join(", ", wave.countries()), 200));
        table.getColumns().add(column("Group", wave -> wave.groupId() == null ? "" : groupName(editor, wave.groupId()), 260));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("wave-name");
        name.setPromptText("Wave name");
        DatePicker date = new DatePicker();
        date.setId("wave-date");
        date.setPrefWidth(140);
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("YYYY-MM-DD");
        TextField countries = new TextField();
        countries.setId("wave-countries");
        countries.setPromptText("Countries, e.g. GB, DE");
        ComboBox<Group> group = new ComboBox<>(editor.groups());
        group.setId("wave-group");
        group.setPromptText("Group (optional)");
        group.setPrefWidth(220);
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(Group value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public Group fromString(String text) {
                return null;
            }
        });
        Button add = new Button("Add wave");
        add.setId("add-wave");
        add.setOnAction(event -> {
            if (editor.add(name.getText(), date.getValue(), countries.getText(), group.getValue())) {
                name.clear();
                countries.clear();
                group.setValue(null);
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> editor.remove(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open plan...");
        open.setOnAction(event -> dialogs.openJson("Open a wave plan").ifPresent(editor::open));
        Button save = new Button("Save plan...");
        save.setId("save-waves");
        save.setOnAction(event -> dialogs.save("Save the wave plan", "waves.json", "json").ifPresent(editor::save));
        HBox form = new HBox(8, name, date, countries, group, add, remove, spacer, open, save);
        form.setAlignment(Pos.CENTER_LEFT);

        Label formError = new Label();
        formError.getStyleClass().add(Styles.DANGER);
        formError.textProperty().bind(editor.formErrorProperty());
        VBox problems = new VBox(2);
        problems.setId("wave-problems");
        Runnable fill = () -> problems.getChildren().setAll(editor.problems().stream().map(text -> {
            Label label = new Label("• " + text);
            label.getStyleClass().add(Styles.WARNING);
            label.setWrapText(true);
            return label;
        }).toList());
        editor.problems().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        Label file = new Label();
        file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        file.textProperty().bind(editor.fileProperty().map(path -> "Plan file: " + path).orElse("Plan not saved yet."));
        getChildren().addAll(table, form, formError, problems, file);
    }

    private static String groupName(WaveEditor editor, String id) {
        return editor.groups().stream().filter(g -> g.id().equals(id)).map(Group::displayName).findFirst()
                .orElse(id + " (not in the snapshot)");
    }

    private static TableColumn<Wave, String> column(String title, Function<Wave, String> value, double width) {
        TableColumn<Wave, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
