package io.textmfa.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.nio.file.Path;

/** The bar across the top: which tenant is loaded, open a snapshot, connect, export, refresh, theme. */
final class SourceBar extends HBox {
    SourceBar(ShellViewModel viewModel, Runnable openDialog, Runnable connectDialog, Runnable exportDialog) {
        setId("source-bar");
        getStyleClass().add("source-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        Label app = new Label("TextMFA");
        app.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        app.setGraphic(new FontIcon(Material2MZ.SMS));

        MenuButton source = new MenuButton();
        source.setId("source-menu");
        source.textProperty().bind(viewModel.sourceLabelProperty());
        source.setGraphic(new FontIcon(Material2OutlinedAL.CLOUD_QUEUE));
        Runnable fillMenu = () -> fillSourceMenu(source, viewModel, openDialog);
        viewModel.recentFiles().addListener((ListChangeListener<Path>) change -> fillMenu.run());
        fillMenu.run();

        Button open = new Button("Open...", new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        open.setId("open-snapshot");
        open.setTooltip(new Tooltip("Open a snapshot file (Ctrl+O)"));
        open.setOnAction(event -> openDialog.run());

        Button connect = new Button("Connect...", new FontIcon(Material2AL.LINK));
        connect.setId("connect-tenant");
        connect.setTooltip(new Tooltip("Read a live tenant over Microsoft Graph (read-only)"));
        connect.setOnAction(event -> connectDialog.run());
        connect.disableProperty().bind(viewModel.busyProperty());

        Button export = new Button("Export...", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("export-snapshot");
        export.setTooltip(new Tooltip("Write the current tenant as a snapshot file"));
        export.setOnAction(event -> exportDialog.run());
        export.disableProperty().bind(viewModel.snapshotProperty().isNull().or(viewModel.busyProperty()));

        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("refresh-source");
        refresh.setTooltip(new Tooltip("Load the current source again"));
        refresh.setOnAction(event -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleButton theme = new ToggleButton(null, new FontIcon(Material2OutlinedMZ.NIGHTS_STAY));
        theme.setId("theme-toggle");
        theme.setTooltip(new Tooltip("Dark theme"));
        theme.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());

        getChildren().addAll(app, source, open, connect, export, refresh, spacer, theme);
    }

    private static void fillSourceMenu(MenuButton menu, ShellViewModel viewModel, Runnable openDialog) {
        MenuItem demo = new MenuItem("Demo tenant (Contoso, generated)");
        demo.setId("source-demo");
        demo.setOnAction(event -> viewModel.loadDemo());
        menu.getItems().setAll(demo, new SeparatorMenuItem());
        if (!viewModel.recentFiles().isEmpty()) {
            MenuItem heading = new MenuItem("Recent snapshots");
            heading.setDisable(true);
            menu.getItems().add(heading);
            for (Path file : viewModel.recentFiles()) {
                MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
                item.setOnAction(event -> viewModel.open(file));
                menu.getItems().add(item);
            }
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem open = new MenuItem("Open snapshot...");
        open.setOnAction(event -> openDialog.run());
        menu.getItems().add(open);
    }
}
