package io.textmfa.tenant;

import io.textmfa.tenant.demo.TenantGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotWriterTest {
    @TempDir
    Path folder;

    @Test
    void aGeneratedTenantSurvivesARoundTrip() throws IOException {
        TenantSnapshot original = new TenantGenerator(7).generate(300);
        Path file = folder.resolve("contoso.json");

        new SnapshotWriter().write(original, file);
        TenantSnapshot read = new SnapshotReader().read(file);

        assertThat(read).isEqualTo(original);
    }

    @Test
    void theSmallExampleSurvivesARoundTrip() throws IOException {
        TenantSnapshot original = new SnapshotReader().read(Path.of("src/test/resources/io/textmfa/tenant/small-snapshot.json"));
        Path file = folder.resolve("fabrikam.json");

        new SnapshotWriter().write(original, file);

        assertThat(new SnapshotReader().read(file)).isEqualTo(original);
    }

    @Test
    void writesGraphShapesAndNamesTheFormat() throws IOException {
        Path file = folder.resolve("s.json");
        new SnapshotWriter().write(new TenantGenerator(1).generate(20), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"format\" : \"textmfa-snapshot\",\n  \"version\" : 1,");
        assertThat(json).contains("\"@odata.type\" : \"#microsoft.graph.smsAuthenticationMethodConfiguration\"",
                "\"isUsableForSignIn\" : true", "\"prepaidUnits\" : {", "\"assignedLicenses\" : [");
    }

    @Test
    void aFailedWriteLeavesTheOldFileUntouched() throws IOException {
        Path file = folder.resolve("keep.json");
        Files.writeString(file, "old content");
        TenantSnapshot broken = new TenantSnapshot(null, SnapshotSource.DEMO, new Tenant("t", "T", null),
                null, List.of(new User("u1", "A", null, true, null, null, null, null, null)), null,
                Map.of("u1", List.of(new PhoneMethod(null, "+64 21 123", null, null))), null, null, null);

        assertThatThrownBy(() -> new SnapshotWriter().write(broken, file)).isInstanceOf(NullPointerException.class);

        assertThat(Files.readString(file)).isEqualTo("old content");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
