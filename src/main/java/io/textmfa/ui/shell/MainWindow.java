package io.textmfa.ui.shell;

import io.textmfa.ui.common.ErrorAlerts;
import io.textmfa.ui.common.FeatureView;
import io.textmfa.ui.common.FileDialogs;
import io.textmfa.ui.common.UserError;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window (a View): source bar, navigation, the current feature view and the status bar.
 * It binds to {@link ShellViewModel}, forwards user actions to it and shows its errors.
 */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final ShellViewModel viewModel;
    private final ShellPreferences preferences;
    private final Map<ViewId, Supplier<Node>> viewFactories;
    private final Map<ViewId, Node> views = new EnumMap<>(ViewId.class);
    private final StackPane content = new StackPane();
    private final Scene scene;
    private final FileDialogs dialogs;

    public MainWindow(Stage stage, ShellViewModel viewModel, ShellPreferences preferences,
                      Map<ViewId, Supplier<Node>> viewFactories, FileDialogs dialogs) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.viewModel = viewModel;
        this.preferences = preferences;
        this.viewFactories = viewFactories;

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(new SourceBar(viewModel, this::chooseSnapshot, this::connect, this::exportSnapshot));
        root.setLeft(new NavigationList(viewModel));
        content.setId("content");
        IngestProgressPane ingest = new IngestProgressPane(viewModel);
        ingest.visibleProperty().bind(viewModel.connectingProperty());
        StackPane center = new StackPane(content, ingest);
        root.setCenter(center);
        root.setBottom(statusBar());

        scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("/io/textmfa/ui/css/app.css").toExternalForm());
        installShortcuts();
        installDragAndDrop();

        ThemeSwitcher.apply(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((obs, old, dark) -> ThemeSwitcher.apply(dark));
        viewModel.currentViewProperty().addListener((obs, old, view) -> show(view));

        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                showError(error);
            }
        });
        show(viewModel.currentViewProperty().get());

        stage.setTitle("TextMFA Console");
        stage.setScene(scene);
        stage.getIcons().addAll(icons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restoreBounds();
        stage.setOnHidden(event -> saveBounds());
    }

    public Scene scene() {
        return scene;
    }

    public void show() {
        stage.show();
    }

    private StatusBar statusBar() {
        StatusBar status = new StatusBar();
        status.setId("status-bar");
        status.textProperty().bind(viewModel.statusTextProperty());
        status.progressProperty().bind(viewModel.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-loading");
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(viewModel.busyProperty());
        cancel.setOnAction(event -> viewModel.cancelLoading());
        status.getRightItems().add(cancel);
        return status;
    }

    private void show(ViewId view) {
        Node node = views.computeIfAbsent(view, id -> viewFactories.get(id).get());
        content.getChildren().setAll(node);
    }

    private void installShortcuts() {
        for (ViewId view : ViewId.values()) {
            KeyCode digit = KeyCode.getKeyCode(String.valueOf(view.shortcutDigit()));
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.currentViewProperty().set(view));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseSnapshot);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            FeatureView view = currentFeatureView();
            if (view != null) {
                view.focusSearch();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            FeatureView view = currentFeatureView();
            if (view != null) {
                view.exportShown();
            }
        });
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            boolean accepted = files.size() == 1;
            if (accepted) {
                viewModel.open(files.get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private void connect() {
        new ConnectDialog(stage, viewModel.rememberedConnection()).showAndWait().ifPresent(viewModel::connect);
    }

    private void exportSnapshot() {
        dialogs.save("Export snapshot", "snapshot.json", "json").ifPresent(viewModel::exportSnapshot);
    }

    private void chooseSnapshot() {
        Path current = viewModel.snapshotFileProperty().get();
        if (current == null && !viewModel.recentFiles().isEmpty()) {
            current = viewModel.recentFiles().get(0);
        }
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        dialogs.openSnapshot(folder).ifPresent(viewModel::open);
    }

    private void showError(UserError error) {
        ErrorAlerts.show(stage, error, viewModel::clearError);
    }

    private FeatureView currentFeatureView() {
        Node node = views.get(viewModel.currentViewProperty().get());
        return node instanceof FeatureView view ? view : null;
    }

    private void restoreBounds() {
        preferences.windowBounds().ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
    }

    private void saveBounds() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            preferences.setWindowBounds(new ShellPreferences.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
    }

    private static List<Image> icons() {
        return java.util.stream.Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> MainWindow.class.getResourceAsStream("/io/textmfa/ui/icons/textmfa-" + size + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(MainWindow::image)
                .toList();
    }

    private static Image image(InputStream in) {
        try (in) {
            return new Image(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
