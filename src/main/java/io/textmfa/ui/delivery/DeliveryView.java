package io.textmfa.ui.delivery;

import atlantafx.base.theme.Styles;
import io.textmfa.ui.common.ErrorAlerts;
import io.textmfa.ui.common.FeatureView;
import io.textmfa.ui.common.FileDialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Delivery view: one user's code, the whole tenant, and the model's assumptions, in three tabs. */
public final class DeliveryView extends VBox implements FeatureView {
    private final DeliveryViewModel viewModel;
    private final FileDialogs dialogs;
    private final OneUserPane oneUser;

    public DeliveryView(DeliveryViewModel viewModel, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("delivery-view");
        getStyleClass().add("feature-view");
        setSpacing(10);
        setPadding(new Insets(16, 24, 12, 24));
        Label title = new Label("Delivery");
        title.getStyleClass().add(Styles.TITLE_3);
        Label note = new Label("Offline simulation: no SMS or WhatsApp message is ever sent, and no carrier, Meta or Microsoft is contacted.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        oneUser = new OneUserPane(viewModel);
        TabPane tabs = new TabPane(new Tab("One user", oneUser), new Tab("Tenant", new TenantPane(viewModel, dialogs)),
                new Tab("Model", new ModelPane(viewModel, dialogs)));
        tabs.setId("delivery-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, note, tabs);
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                ErrorAlerts.show(getScene() == null ? null : getScene().getWindow(), error, viewModel::clearError);
            }
        });
    }

    @Override
    public void focusSearch() {
        oneUser.focusSearch();
    }

    @Override
    public void exportShown() {
        dialogs.save("Export the simulation", "simulation.json", "json").ifPresent(file -> viewModel.export(file, true));
    }
}
