package io.textmfa.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void replacesTheFileWhole() throws IOException {
        Path file = folder.resolve("out.txt");
        Files.writeString(file, "old");

        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void aFailureHalfwayKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("out.txt");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = folder.resolve("missing/out.txt");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
        assertThat(file).doesNotExist();
    }

    private java.util.List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void aNewFileIsNotPrivateAndAnExistingFileKeepsItsPermissions() throws IOException {
        Path fresh = folder.resolve("fresh.txt");
        AtomicFile.write(fresh, out -> out.write('x'));
        assertThat(Files.getPosixFilePermissions(fresh)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE).isNotEqualTo(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        Path shared = Files.writeString(folder.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.write(shared, out -> out.write('y'));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");
    }
}
