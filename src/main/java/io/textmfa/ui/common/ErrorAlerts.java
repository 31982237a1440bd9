package io.textmfa.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Shows a {@link UserError} as a non-blocking error dialog. */
public final class ErrorAlerts {
    private ErrorAlerts() {
    }

    public static void show(Window owner, UserError error, Runnable onHidden) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("TextMFA Console");
        alert.setHeaderText(error.title());
        alert.setContentText(error.message());
        alert.getDialogPane().setId("error-dialog");
        alert.setOnHidden(event -> onHidden.run());
        alert.show();
    }
}
