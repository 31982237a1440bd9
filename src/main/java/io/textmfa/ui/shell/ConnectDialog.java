package io.textmfa.ui.shell;

import atlantafx.base.theme.Styles;
import io.textmfa.graph.AuthMethod;
import io.textmfa.graph.Cloud;
import io.textmfa.graph.ConnectionSettings;
import io.textmfa.graph.GraphPermissions;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * "Connect to tenant...": tenant, client id, sign-in method, cloud and, per method, the name of the
 * environment variable or file that holds the secret. No secret is typed or stored here.
 */
final class ConnectDialog extends Dialog<ConnectionSettings> {
    ConnectDialog(Window owner, ConnectionSettings remembered) {
        initOwner(owner);
        setTitle("Connect to tenant");
        setHeaderText("Read a tenant over Microsoft Graph (read-only)");
        getDialogPane().setId("connect-dialog");
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);

        TextField tenant = field("connect-tenant", "contoso.onmicrosoft.com or tenant id",
                "organizations".equals(remembered.tenant()) ? "" : remembered.tenant());
        TextField clientId = field("connect-client-id", "your app registration's client id",
                ConnectionSettings.DEFAULT_PUBLIC_CLIENT_ID.equals(remembered.clientId()) ? "" : remembered.clientId());
        ComboBox<AuthMethod> method = new ComboBox<>();
        method.setId("connect-method");
        method.getItems().setAll(AuthMethod.values());
        method.setConverter(converter(AuthMethod::cliName));
        method.setValue(remembered.authMethod());
        ComboBox<Cloud> cloud = new ComboBox<>();
        cloud.setId("connect-cloud");
        cloud.getItems().setAll(Cloud.values());
        cloud.setConverter(converter(Cloud::cliName));
        cloud.setValue(remembered.cloud());
        TextField secretEnv = field("connect-secret-env", "environment variable name", remembered.clientSecretEnv());
        TextField certificate = field("connect-certificate", "path to a PEM or PFX file",
                remembered.certificate() == null ? "" : remembered.certificate().toString());
        TextField passwordEnv = field("connect-certificate-password-env", "environment variable name (PFX only)",
                remembered.certificatePasswordEnv());
        TextField tokenEnv = field("connect-token-env", "environment variable name", remembered.accessTokenEnv());
        TextField graphUrl = field("connect-graph-url", "optional, e.g. a national cloud proxy", remembered.graphUrl());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Tenant"), tenant);
        grid.addRow(row++, new Label("Client id"), clientId);
        grid.addRow(row++, new Label("Sign-in"), method);
        grid.addRow(row++, new Label("Cloud"), cloud);
        grid.addRow(row++, new Label("Client secret in"), secretEnv);
        grid.addRow(row++, new Label("Certificate"), certificate);
        grid.addRow(row++, new Label("PFX password in"), passwordEnv);
        grid.addRow(row++, new Label("Access token in"), tokenEnv);
        grid.addRow(row++, new Label("Graph URL"), graphUrl);
        Label permissions = new Label("Read-only permissions: " + String.join(", ", GraphPermissions.READ) + ".");
        permissions.setWrapText(true);
        permissions.setMaxWidth(460);
        permissions.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.add(permissions, 0, row, 2, 1);
        Runnable showFields = () -> {
            AuthMethod chosen = method.getValue();
            secretEnv.setDisable(chosen != AuthMethod.CLIENT_SECRET);
            certificate.setDisable(chosen != AuthMethod.CERTIFICATE);
            passwordEnv.setDisable(chosen != AuthMethod.CERTIFICATE);
            tokenEnv.setDisable(chosen != AuthMethod.TOKEN);
        };
        method.valueProperty().addListener((obs, old, value) -> showFields.run());
        showFields.run();
        getDialogPane().setContent(grid);

        setResultConverter(button -> button != connect ? null : new ConnectionSettings(tenant.getText(), clientId.getText(),
                method.getValue(), blankToNull(secretEnv.getText()),
                blankToNull(certificate.getText()) == null ? null : Path.of(certificate.getText().strip()),
                blankToNull(passwordEnv.getText()),
                blankToNull(tokenEnv.getText()), cloud.getValue(), blankToNull(graphUrl.getText()), false));
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static TextField field(String id, String prompt, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
