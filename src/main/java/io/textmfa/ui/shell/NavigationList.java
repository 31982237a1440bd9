package io.textmfa.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The list of views on the left; its selection follows and sets the shell's current view. */
final class NavigationList extends ListView<ViewId> {
    NavigationList(ShellViewModel viewModel) {
        super();
        setId("navigation");
        getStyleClass().add("navigation");
        getItems().setAll(ViewId.values());
        setPrefWidth(170);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ViewId view, boolean empty) {
                super.updateItem(view, empty);
                if (empty || view == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(view.title(), new FontIcon(icon(view)));
                Label key = new Label("Ctrl+" + view.shortcutDigit());
                key.getStyleClass().add("shortcut-hint");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                setText(null);
                setGraphic(new HBox(6, title, spacer, key));
                setId("nav-" + view.name().toLowerCase());
            }
        });
        getSelectionModel().select(viewModel.currentViewProperty().get());
        getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.currentViewProperty().set(selected);
            }
        });
        viewModel.currentViewProperty().addListener((obs, old, view) -> getSelectionModel().select(view));
    }

    private static Ikon icon(ViewId view) {
        return switch (view) {
            case OVERVIEW -> Material2OutlinedAL.DASHBOARD;
            case LICENSES -> Material2OutlinedAL.CARD_MEMBERSHIP;
            case ROLLOUT -> Material2MZ.PUBLIC;
            case POLICY -> Material2OutlinedMZ.POLICY;
            case DELIVERY -> Material2AL.CHAT;
        };
    }
}
