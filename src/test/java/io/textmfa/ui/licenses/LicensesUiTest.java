package io.textmfa.ui.licenses;

import static io.textmfa.ui.UiWait.waitUntil;
import io.textmfa.ui.Screenshots;
import io.textmfa.ui.ScriptedFileDialogs;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.rollout.RolloutStore;
import io.textmfa.ui.shell.DesktopShell;
import io.textmfa.ui.shell.ShellPreferences;
import io.textmfa.ui.shell.ViewId;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Licenses view through the real window: filter the user table, read the details, export CSV. */
@ExtendWith(ApplicationExtension.class)
class LicensesUiTest {
    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/textmfa/test/" + UUID.randomUUID());
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private DesktopShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new DesktopShell(stage, new FxTaskExecutor(), new ShellPreferences(node), dialogs,
                new RolloutStore(node.node("rollout"), folder.resolve("config")), UiTestClock.DEC_4_2026);
        stage.setWidth(1280);
        stage.setHeight(800);
        shell.window().show();
        shell.viewModel().loadDemo();
    }

    @BeforeEach
    void openTheLicensesView(FxRobot robot) {
        waitUntil(() -> shell.licenses().resultProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#user-table").tryQuery().isPresent());
    }

    @AfterEach
    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(stage::hide);
        node.removeNode();
    }

    @Test
    void filtersTheUserTableAndExportsWhatIsShownAsCsv(FxRobot robot) throws IOException {
        TableView<UserRow> table = robot.lookup("#user-table").queryTableView();
        assertThat(table.getItems()).hasSize(2500);

        robot.clickOn("#verdict-filter");
        robot.clickOn(popupItem(robot, "Not eligible"));
        waitUntil(() -> shell.licenses().verdictProperty().get() == VerdictFilter.NOT_ELIGIBLE);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("contoso.com");
        waitUntil(() -> shell.licenses().searchProperty().get().equals("contoso.com"));

        List<UserRow> shown = List.copyOf(table.getItems());
        assertThat(shown).isNotEmpty().hasSizeLessThan(2500)
                .allMatch(r -> !r.verdict().eligible() && r.userPrincipalName().contains("contoso.com"));
        assertThat(robot.lookup("#shown-count").queryLabeled().getText()).startsWith(String.format("Showing %,d of", shown.size()));

        Path csv = folder.resolve("shown.csv");
        dialogs.answerSave(csv);
        robot.clickOn("#export-menu").clickOn("Shown users as CSV...");
        waitUntil(() -> Files.exists(csv));

        List<String> lines = Files.readAllLines(csv);
        assertThat(dialogs.asked()).containsExactly("save:licenses-text-mfa.csv");
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList())
                .isEqualTo(shown.stream().map(r -> r.verdict().user().id()).toList());
    }

    @Test
    void selectingAUserExplainsTheVerdict(FxRobot robot) {
        robot.interact(() -> shell.licenses().showUnlicensedInScope());
        TableView<UserRow> table = robot.lookup("#user-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        robot.interact(() -> table.getSelectionModel().select(0));

        Label explanation = robot.lookup("#details-explanation").queryAs(Label.class);
        assertThat(explanation.getText()).startsWith("In SMS policy scope through ");
        robot.interact(() -> Screenshots.write(shell.window().scene(), "licenses-unlicensed-in-scope"));
    }

    @Test
    void switchingTheRulesetReauditsTheTable(FxRobot robot) {
        robot.clickOn("#ruleset");
        robot.clickOn(popupItem(robot, "sms-sign-in — SMS sign-in (text message as primary sign-in)"));

        waitUntil(() -> shell.licenses().resultProperty().get().ruleset().id().equals("sms-sign-in"));
        assertThat(shell.viewModel().currentViewProperty().get()).isEqualTo(ViewId.LICENSES);
    }

    /** An item of an open combo box popup (not a table cell that happens to hold the same text). */
    private static javafx.scene.Node popupItem(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof javafx.scene.control.ListCell<?> cell && text.equals(cell.getText()))
                .query();
    }

}
