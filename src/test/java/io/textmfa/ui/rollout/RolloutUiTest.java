package io.textmfa.ui.rollout;

import static io.textmfa.ui.UiWait.waitUntil;
import io.textmfa.rollout.Channel;
import io.textmfa.ui.Screenshots;
import io.textmfa.ui.ScriptedFileDialogs;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.shell.DesktopShell;
import io.textmfa.ui.shell.ShellPreferences;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Rollout view through the real window: the date moves, the counts follow. */
@ExtendWith(ApplicationExtension.class)
class RolloutUiTest {
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

    @BeforeEach
    void openTheRolloutView(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> shell.rollout().resultProperty().get() != null);
        waitUntil(() -> !robot.lookup("#country-table").queryTableView().getItems().isEmpty());
    }

    @AfterEach
    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(stage::hide);
        node.removeNode();
    }

    @Test
    void movingTheDateChangesTheCounts(FxRobot robot) {
        TableView<CountryRow> table = robot.lookup("#country-table").queryTableView();
        assertThat(robot.lookup("#readiness-banner").queryAs(Label.class).getText())
                .startsWith("Microsoft-provided SMS ends in 59 days");
        int whatsappToday = table.getItems().stream().mapToInt(c -> c.count(Channel.WHATSAPP_FIRST)).sum();
        assertThat(whatsappToday).isPositive();

        DatePicker picker = robot.lookup("#as-of-date").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2027-02-01").type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.parse("2027-02-01").equals(picker.getValue()));

        waitUntil(() -> table.getItems().stream().mapToInt(c -> c.count(Channel.RETIRED)).sum() > 0);
        assertThat(table.getItems().stream().mapToInt(c -> c.count(Channel.WHATSAPP_FIRST)).sum()).isZero();
        Slider slider = robot.lookup("#as-of-slider").queryAs(Slider.class);
        assertThat(RolloutViewModel.FIRST_DAY.plusDays(Math.round(slider.getValue()))).isEqualTo(LocalDate.parse("2027-02-01"));

        robot.interact(() -> slider.setValue(slider.getValue() - 365));
        waitUntil(() -> shell.rollout().dateProperty().get().equals(LocalDate.parse("2026-02-01")));
        waitUntil(() -> table.getItems().stream().mapToInt(c -> c.count(Channel.WHATSAPP_FIRST)).sum() == whatsappToday);
    }

    @Test
    void aCountryDrillsDownToItsUsersWithMaskedNumbers(FxRobot robot) {
        TableView<CountryRow> table = robot.lookup("#country-table").queryTableView();
        int india = table.getItems().indexOf(table.getItems().stream().filter(c -> c.code().equals("IN")).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(india));

        TableView<UserChannelRow> users = robot.lookup("#country-users").queryTableView();
        waitUntil(() -> !users.getItems().isEmpty());
        assertThat(users.getItems()).allMatch(u -> u.channel().country().equals("IN"));
        robot.interact(() -> Screenshots.write(shell.window().scene(), "rollout-india"));
    }

}
