package io.textmfa.ui.shell;

import static io.textmfa.ui.UiWait.waitUntil;
import io.textmfa.graph.GraphIngest;
import io.textmfa.graph.GraphLimits;
import io.textmfa.graph.TenantConnector;
import io.textmfa.graph.mock.MockGraphServer;
import io.textmfa.graph.mock.MockScenario;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.Screenshots;
import io.textmfa.ui.ScriptedFileDialogs;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.rollout.RolloutStore;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Connect to a (mock) live tenant through the dialog and watch the progress panel. */
@ExtendWith(ApplicationExtension.class)
class ConnectUiTest {
    private static final String TOKEN = "ui-token";

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/textmfa/test/" + UUID.randomUUID());
    private final MockGraphServer server = new MockGraphServer(new TenantGenerator(9).generate(1200),
            MockScenario.none().reportsLimit(1, Duration.ofMillis(700))).start();
    private DesktopShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server.requireToken(TOKEN);
        TenantConnector connector = new TenantConnector(name -> "UI_TOKEN".equals(name) ? TOKEN : null,
                new GraphLimits(8000, Duration.ofSeconds(10), 1, Duration.ofMillis(700)), UiTestClock.DEC_4_2026,
                new GraphIngest.Options(200, 20));
        shell = new DesktopShell(stage, new FxTaskExecutor(), new ShellPreferences(node), new ScriptedFileDialogs(),
                new RolloutStore(node.node("rollout"), folder), UiTestClock.DEC_4_2026, connector);
        stage.setWidth(1280);
        stage.setHeight(800);
        shell.window().show();
        shell.viewModel().loadDemo();
    }

    @AfterEach
    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(stage::hide);
        server.close();
        node.removeNode();
    }

    @Test
    void connectsThroughTheDialogShowsProgressAndLoadsTheTenant(FxRobot robot) {
        waitUntil(() -> shell.viewModel().snapshotProperty().get() != null);
        robot.clickOn("#connect-tenant");
        waitUntil(() -> dialog(robot).isPresent());
        DialogPane pane = dialog(robot).orElseThrow();
        robot.interact(() -> {
            ((TextField) pane.lookup("#connect-tenant")).setText("contoso.onmicrosoft.com");
            @SuppressWarnings("unchecked")
            ComboBox<io.textmfa.graph.AuthMethod> method = (ComboBox<io.textmfa.graph.AuthMethod>) pane.lookup("#connect-method");
            method.setValue(io.textmfa.graph.AuthMethod.TOKEN);
            ((TextField) pane.lookup("#connect-token-env")).setText("UI_TOKEN");
            ((TextField) pane.lookup("#connect-graph-url")).setText(server.baseUrl());
        });
        robot.interact(() -> Screenshots.write(pane.getScene(), "connect-dialog"));
        robot.clickOn("Connect");

        waitUntil(() -> robot.lookup("#ingest-progress").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#ingest-table").queryTableView().getItems().isEmpty());
        robot.interact(() -> Screenshots.write(shell.window().scene(), "connect-progress"));
        TableView<?> progress = robot.lookup("#ingest-table").queryTableView();
        assertThat(progress.getItems()).isNotEmpty();

        waitUntil(() -> shell.viewModel().sourceLabelProperty().get().startsWith("Live tenant"));
        assertThat(shell.viewModel().snapshotProperty().get().users()).hasSize(1200);
        assertThat(robot.lookup("#ingest-progress").query().isVisible()).isFalse();
        assertThat(server.lastAuthorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(new ShellPreferences(node).connection().accessTokenEnv()).as("the variable's name, not the token")
                .isEqualTo("UI_TOKEN");
        assertThat(node.toString()).doesNotContain(TOKEN);
    }

    private static Optional<DialogPane> dialog(FxRobot robot) {
        for (Window window : robot.listWindows()) {
            if (window.getScene() != null && window.isShowing()
                    && window.getScene().lookup("#connect-dialog") instanceof DialogPane pane) {
                return Optional.of(pane);
            }
        }
        return Optional.empty();
    }

}
