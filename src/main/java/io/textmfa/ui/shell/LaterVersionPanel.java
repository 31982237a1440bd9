package io.textmfa.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a view shows until its feature is built: its name and what it will do, said plainly, so
 * nobody mistakes an empty screen for an empty result.
 */
public final class LaterVersionPanel extends VBox {
    public LaterVersionPanel(ViewId view, String purpose) {
        setId(view.name().toLowerCase() + "-view");
        getStyleClass().addAll("feature-view", "later-version");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        setPadding(new Insets(40));
        Label title = new Label(view.title());
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(purpose);
        text.setWrapText(true);
        text.setMaxWidth(560);
        Label when = new Label("This view arrives in a later version of TextMFA Console.");
        when.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, text, when);
    }
}
