package io.textmfa.ui.shell;

import static io.textmfa.ui.UiWait.cardValue;
import static io.textmfa.ui.UiWait.waitUntil;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.Screenshots;
import io.textmfa.ui.ScriptedFileDialogs;
import io.textmfa.ui.UiTestClock;
import io.textmfa.ui.concurrent.FxTaskExecutor;
import io.textmfa.ui.rollout.RolloutStore;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real main window headless (Monocle): start-up on the demo tenant, views, open, errors. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
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
    void waitForTheDemoTenant(FxRobot robot) {
        waitUntil(() -> "Contoso".equals(text(robot, "#overview-tenant")));
    }

    @AfterEach
    void closeTheWindowThenRemoveItsPreferences(FxRobot robot) throws BackingStoreException {
        robot.interact(stage::hide);
        assertThat(new ShellPreferences(node).windowBounds()).as("bounds saved on close").isPresent();
        node.removeNode();
    }

    @Test
    void opensOnTheDemoTenantAndSaysSo(FxRobot robot) {
        assertThat(robot.lookup("#source-menu").queryLabeled().getText()).isEqualTo("Demo tenant: Contoso (generated)");
        waitUntil(() -> cardValue(robot, "users").equals("2,500"));
        // The cards are read off the FX thread, possibly mid-update: let the FX thread finish the update.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardValue(robot, "phone-only")).matches("[0-9,]+");
        TableView<?> collections = robot.lookup("#overview-collections").queryTableView();
        assertThat(collections.getItems()).hasSize(6);
        BarChart<?, ?> chart = robot.lookup("#overview-country-chart").query();
        assertThat(chart.getData().get(0).getData()).hasSizeGreaterThan(10);
        // The cards fill in before the load finishes, so wait for the end of the load, not for a time.
        waitUntil(() -> !robot.lookup("#connect-tenant").queryButton().isDisabled());
        assertThat(shell.viewModel().statusTextProperty().get()).isEqualTo("Loaded 2,500 users of Contoso from the demo tenant.");
    }

    @Test
    void switchesViewsWithTheNavigationAndTheKeyboard(FxRobot robot) {
        robot.clickOn("#nav-licenses");
        waitUntil(() -> robot.lookup("#licenses-view").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#delivery-view").tryQuery().isPresent());
        assertThat(robot.lookup("#overview-view").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#rollout-view").tryQuery().isPresent());
        assertThat(robot.lookup("#readiness-banner").tryQuery()).isPresent();
        ListView<ViewId> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem()).isEqualTo(ViewId.ROLLOUT);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#overview-view").tryQuery().isPresent());
        assertThat(shell.viewModel().currentViewProperty().get()).isEqualTo(ViewId.OVERVIEW);
    }

    @Test
    void opensASnapshotFile(FxRobot robot) throws IOException {
        TenantSnapshot generated = new TenantGenerator(11).generate(75);
        TenantSnapshot fabrikam = new TenantSnapshot(generated.capturedAt(), generated.source(),
                new Tenant("fab", "Fabrikam", "fabrikam.onmicrosoft.com"), generated.subscribedSkus(), generated.users(),
                generated.groups(), generated.phoneMethods(), generated.userRegistrationDetails(),
                generated.authenticationMethodsPolicy(), generated.sources());
        Path file = folder.resolve("fabrikam.json");
        new SnapshotWriter().write(fabrikam, file);

        dialogs.answerOpen(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        waitUntil(() -> "Fabrikam".equals(text(robot, "#overview-tenant")));
        assertThat(dialogs.asked()).containsExactly("openSnapshot");
        waitUntil(() -> cardValue(robot, "users").equals("75"));
        assertThat(robot.lookup("#source-menu").queryLabeled().getText()).isEqualTo("Snapshot: fabrikam.json (Fabrikam)");
        assertThat(shell.viewModel().recentFiles()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void aBrokenSnapshotShowsAnErrorAndKeepsTheTenant(FxRobot robot) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\":\"textmfa-snapshot\",\"version\":1,\"users\":[{");

        robot.interact(() -> shell.viewModel().open(broken));

        waitUntil(() -> errorDialog(robot).isPresent());
        DialogPane dialog = errorDialog(robot).orElseThrow();
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open the snapshot");
        assertThat(dialog.getContentText()).startsWith("broken.json: the file ends too early inside $.users[0]");
        assertThat(text(robot, "#overview-tenant")).isEqualTo("Contoso");
        assertThat(shell.viewModel().statusTextProperty().get()).endsWith("Contoso is still loaded.");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void theOverviewLinkOpensLicensesFilteredToUnlicensedUsersInScope(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview-unlicensed-link").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#overview-unlicensed-link");

        waitUntil(() -> robot.lookup("#licenses-view").tryQuery().isPresent());
        int expected = shell.licenses().resultProperty().get().summary().unlicensedInScope();
        assertThat(robot.lookup("#user-table").queryTableView().getItems()).hasSize(expected);
        assertThat(robot.lookup("#shown-count").queryLabeled().getText()).isEqualTo(String.format("Showing %,d of 2,500 users", expected));
    }

    @Test
    void writesAScreenshotOfEachMainView(FxRobot robot) {
        waitUntil(() -> cardValue(robot, "users").equals("2,500"));
        waitUntil(() -> shell.licenses().resultProperty().get() != null);
        for (ViewId view : ViewId.values()) {
            robot.interact(() -> shell.viewModel().currentViewProperty().set(view));
            WaitForAsyncUtils.waitForFxEvents();
            if (view == ViewId.POLICY) {
                waitUntil(() -> shell.policy().whatIfProperty().get() != null);
                WaitForAsyncUtils.waitForFxEvents();
            }
            if (view == ViewId.ROLLOUT) {
                waitUntil(() -> shell.rollout().resultProperty().get() != null);
                WaitForAsyncUtils.waitForFxEvents();
            }
            if (view == ViewId.LICENSES) {
                robot.interact(() -> shell.licenses().selectedProperty().set(shell.licenses().shownRows().get(0)));
                WaitForAsyncUtils.waitForFxEvents();
            }
            Path[] written = new Path[1];
            robot.interact(() -> written[0] = Screenshots.write(shell.window().scene(), view.name().toLowerCase()));
            assertThat(written[0]).exists().isNotEmptyFile();
        }
        robot.interact(() -> {
            shell.viewModel().currentViewProperty().set(ViewId.OVERVIEW);
            shell.viewModel().darkThemeProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path[] dark = new Path[1];
        robot.interact(() -> dark[0] = Screenshots.write(shell.window().scene(), "overview-dark"));
        assertThat(dark[0]).exists();
        robot.interact(() -> shell.viewModel().darkThemeProperty().set(false));
    }

    private static Optional<DialogPane> errorDialog(FxRobot robot) {
        for (Window window : robot.listWindows()) {
            if (window.getScene() != null) {
                Node node = window.getScene().lookup("#error-dialog");
                if (node instanceof DialogPane pane && window.isShowing()) {
                    return Optional.of(pane);
                }
            }
        }
        return Optional.empty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }
}
