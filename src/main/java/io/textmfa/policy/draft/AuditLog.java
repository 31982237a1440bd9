package io.textmfa.policy.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.tenant.SmsConfigurationJson;
import io.textmfa.tenant.SmsMethodConfiguration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends one JSON line per apply: time, tenant, signed-in user, before, after, result. No token ever. */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Instant at, String tenant, String actor, SmsMethodConfiguration before,
                                    SmsMethodConfiguration after, String result) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", at.toString());
        line.put("tenant", tenant);
        line.put("user", actor);
        line.set("before", before == null ? null : JSON.readTree(SmsConfigurationJson.bytes(before)));
        line.set("after", JSON.readTree(SmsConfigurationJson.bytes(after)));
        line.put("result", result);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
