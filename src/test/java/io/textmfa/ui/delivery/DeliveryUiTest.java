package io.textmfa.ui.delivery;

import static io.textmfa.ui.UiWait.waitUntil;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.ui.Screenshots;
import io.textmfa.ui.ScriptedFileDialogs;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.rollout.RolloutStore;
import io.textmfa.ui.shell.DesktopShell;
import io.textmfa.ui.shell.ShellPreferences;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Send a code to one user and verify it, then simulate the tenant, through the real window. */
@ExtendWith(ApplicationExtension.class)
class DeliveryUiTest {
    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/textmfa/test/" + UUID.randomUUID());
    private DesktopShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new DesktopShell(stage, new FxTaskExecutor(), new ShellPreferences(node), new ScriptedFileDialogs(),
                new RolloutStore(node.node("rollout"), folder), UiTestClock.DEC_4_2026);
        stage.setWidth(1280);
        stage.setHeight(800);
        shell.window().show();
        shell.viewModel().loadDemo();
    }

    @AfterEach
    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(stage::hide);
        node.removeNode();
    }

    @Test
    void sendsACodeAndVerifiesIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> shell.delivery().selectedUserProperty().get() != null);

        robot.clickOn("#send-code");
        waitUntil(() -> !shell.delivery().events().isEmpty());
        robot.interact(() -> Screenshots.write(shell.window().scene(), "delivery-one-user")); // masked: no number, no code
        robot.clickOn("#reveal-code");
        TextArea payload = robot.lookup("#whatsapp-payload").queryAs(TextArea.class);
        waitUntil(() -> !payload.getText().contains("•"));
        String code = codeIn(payload.getText());

        robot.clickOn("#code-input").write(code);
        robot.clickOn("#verify-code");

        Label result = robot.lookup("#verify-result").queryAs(Label.class);
        waitUntil(() -> result.getText().startsWith("Accepted"));
    }

    @Test
    void simulatesTheTenant(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#delivery-tabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#delivery-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> shell.delivery().attemptsProperty().set(50_000));
        robot.clickOn("#run-simulation");

        waitUntil(() -> !shell.delivery().countries().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#simulation-table").queryTableView().getItems()).isNotEmpty();
        robot.interact(() -> Screenshots.write(shell.window().scene(), "delivery-tenant"));
    }


    /** The code in the revealed message: the WhatsApp template's body parameter, or the SMS or call text. */
    private static String codeIn(String message) throws Exception {
        if (message.startsWith("{")) {
            return new ObjectMapper().readTree(message).at("/template/components/0/parameters/0/text").asText();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("code (?:is )?(\\d{4,15})").matcher(message);
        assertThat(m.find()).as("a code in: " + message).isTrue();
        return m.group(1);
    }
}
