package io.textmfa.ui.policy;

import static io.textmfa.ui.UiWait.cardValue;
import static io.textmfa.ui.UiWait.waitUntil;
import io.textmfa.ui.Screenshots;
import io.textmfa.ui.ScriptedFileDialogs;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.rollout.RolloutStore;
import io.textmfa.ui.shell.DesktopShell;
import io.textmfa.ui.shell.ShellPreferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Build a draft in the Policy view by picking a group, and see the what-if change. */
@ExtendWith(ApplicationExtension.class)
class PolicyUiTest {
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
    void pickingAGroupShowsTheWhatIf(FxRobot robot) {
        waitUntil(() -> shell.viewModel().snapshotProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> shell.policy().whatIfProperty().get() != null);
        assertThat(cardValue(robot, "gain-sms-mfa")).isEqualTo("0");

        @SuppressWarnings("unchecked")
        SearchableComboBox<GroupChoice> picker = robot.lookup("#group-picker").queryAs(SearchableComboBox.class);
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(c -> c.name().equals("All Staff"))
                .findFirst().orElseThrow()));
        assertThat(picker.getValue()).as("picked").isNotNull();
        javafx.scene.control.Button include = robot.lookup("#add-include").queryButton();
        assertThat(include.isVisible() && !include.isDisabled()).isTrue();
        robot.clickOn(include);
        waitUntil(() -> shell.policy().includes().size() == 4);

        waitUntil(() -> !"0".equals(cardValue(robot, "gain-sms-mfa")));
        assertThat(Integer.parseInt(cardValue(robot, "gain-sms-mfa").replace(",", ""))).isPositive();
        robot.interact(() -> Screenshots.write(shell.window().scene(), "policy-what-if"));
    }

    @Test
    void theBackupsDialogOpensFromTheViewAndCloses(FxRobot robot) {
        waitUntil(() -> shell.viewModel().snapshotProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> shell.policy().whatIfProperty().get() != null);

        robot.clickOn("#policy-backups");
        waitUntil(() -> robot.lookup("#backups-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#backups-dialog").query();
        javafx.scene.Node use = pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(use.isDisabled()).as("nothing selected yet").isTrue();
        assertThat(pane.getHeaderText()).startsWith("Backups in ");

        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire());
        waitUntil(() -> robot.lookup("#backups-dialog").tryQuery().isEmpty());
        assertThat(shell.policy().diff()).as("the draft is unchanged").containsExactly("No change from the tenant's current configuration.");
    }
}
