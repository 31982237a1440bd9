package io.textmfa.ui.shell;

import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.concurrent.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/textmfa/test/" + UUID.randomUUID());
    private final ShellPreferences preferences = new ShellPreferences(node);
    private final ShellViewModel viewModel = new ShellViewModel(new SameThreadTaskExecutor(), preferences);

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private Path snapshotFile(String name, int users) throws IOException {
        Path file = folder.resolve(name);
        new SnapshotWriter().write(new TenantGenerator(3).generate(users), file);
        return file;
    }

    @Test
    void loadsTheDemoTenantAndSaysSo() {
        viewModel.loadDemo();

        assertThat(viewModel.snapshotProperty().get().users()).hasSize(2500);
        assertThat(viewModel.sourceLabelProperty().get()).isEqualTo("Demo tenant: Contoso (generated)");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Loaded 2,500 users of Contoso from the demo tenant.");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isNull();
    }

    @Test
    void opensASnapshotAndRemembersIt() throws IOException {
        Path file = snapshotFile("small.json", 40);

        viewModel.open(file);

        assertThat(viewModel.snapshotProperty().get().users()).hasSize(40);
        assertThat(viewModel.sourceLabelProperty().get()).isEqualTo("Snapshot: small.json (Contoso)");
        assertThat(viewModel.recentFiles()).containsExactly(file.toAbsolutePath());
        assertThat(new ShellPreferences(node).recentFiles()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void aBrokenFileIsReportedAndTheCurrentTenantStays() throws IOException {
        viewModel.loadDemo();
        TenantSnapshot before = viewModel.snapshotProperty().get();
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\":\"textmfa-snapshot\",\"users\":[");

        viewModel.open(broken);

        assertThat(viewModel.snapshotProperty().get()).isSameAs(before);
        assertThat(viewModel.sourceLabelProperty().get()).startsWith("Demo tenant");
        assertThat(viewModel.errorProperty().get().message())
                .startsWith("broken.json: the file ends too early inside $.users");
        assertThat(viewModel.statusTextProperty().get()).endsWith("Contoso is still loaded.");
        assertThat(viewModel.recentFiles()).isEmpty();
    }

    @Test
    void aRecentFileThatDisappearedIsForgotten() throws IOException {
        Path file = snapshotFile("gone.json", 10);
        viewModel.open(file);
        Files.delete(file);

        viewModel.open(file);

        assertThat(viewModel.errorProperty().get().message()).isEqualTo("gone.json: the file does not exist any more.");
        assertThat(viewModel.recentFiles()).isEmpty();
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndCapped() throws IOException {
        Path first = snapshotFile("first.json", 5);
        for (int i = 0; i < ShellPreferences.MAX_RECENT + 2; i++) {
            viewModel.open(snapshotFile("s" + i + ".json", 5));
        }
        viewModel.open(first);
        viewModel.open(first);

        assertThat(viewModel.recentFiles()).hasSize(ShellPreferences.MAX_RECENT).startsWith(first.toAbsolutePath())
                .doesNotHaveDuplicates();
    }

    @Test
    void theThemeChoiceIsRemembered() {
        viewModel.darkThemeProperty().set(true);

        assertThat(new ShellViewModel(new SameThreadTaskExecutor(), new ShellPreferences(node))
                .darkThemeProperty().get()).isTrue();
    }

    @Test
    void startsOnTheLastSnapshotWhenItStillExists() throws IOException {
        Path file = snapshotFile("last.json", 12);
        viewModel.open(file);

        ShellViewModel next = new ShellViewModel(new SameThreadTaskExecutor(), new ShellPreferences(node));
        next.start(null);

        assertThat(next.snapshotProperty().get().users()).hasSize(12);
        assertThat(next.sourceLabelProperty().get()).isEqualTo("Snapshot: last.json (Contoso)");
    }

    @Test
    void startsOnTheDemoTenantWhenTheLastSnapshotIsGoneOrWasTheDemo() throws IOException {
        Path file = snapshotFile("last.json", 12);
        viewModel.open(file);
        Files.delete(file);

        ShellViewModel next = new ShellViewModel(new SameThreadTaskExecutor(), new ShellPreferences(node));
        next.start(null);
        assertThat(next.sourceLabelProperty().get()).startsWith("Demo tenant");

        next.loadDemo();
        assertThat(new ShellPreferences(node).lastSnapshot()).isEmpty();
    }

    @Test
    void aBrokenSnapshotAtStartFallsBackToTheDemoTenant() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "[]");

        viewModel.start(broken);

        assertThat(viewModel.sourceLabelProperty().get()).isEqualTo("Demo tenant: Contoso (generated)");
        assertThat(viewModel.errorProperty().get().message()).startsWith("broken.json: not a TextMFA snapshot");
    }
}
