package io.textmfa.policy.draft;

import io.textmfa.files.AtomicFile;
import io.textmfa.tenant.SmsConfigurationJson;
import io.textmfa.tenant.SmsMethodConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Backups of the live SMS configuration: one file each, {@code sms-<tenant>-<UTC time>.json} in the
 * Graph PATCH shape, written atomically; listed newest first.
 */
public final class BackupStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final Path folder;

    public BackupStore(Path folder) {
        this.folder = folder;
    }

    public static BackupStore forUser() {
        return new BackupStore(Path.of(System.getProperty("user.home"), ".textmfa", "backups"));
    }

    public Path folder() {
        return folder;
    }

    public PolicyBackup save(String tenantId, SmsMethodConfiguration configuration, Instant now) throws IOException {
        Files.createDirectories(folder);
        String tenant = tenantId == null || tenantId.isBlank() ? "tenant" : tenantId.replaceAll("[^A-Za-z0-9.-]", "_");
        Path file = folder.resolve("sms-" + tenant + "-" + STAMP.format(now) + ".json");
        AtomicFile.write(file, out -> SmsConfigurationJson.write(configuration, out));
        return new PolicyBackup(file, tenantId, now, configuration);
    }

    public List<PolicyBackup> list() throws IOException {
        List<PolicyBackup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("sms-.+-\\d{8}T\\d{6}Z\\.json")).toList()) {
                backups.add(read(file));
            }
        }
        backups.sort(Comparator.comparing(PolicyBackup::takenAt).reversed());
        return backups;
    }

    public PolicyBackup read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String tenant = name.replaceFirst("^sms-", "").replaceFirst("-\\d{8}T\\d{6}Z\\.json$", "");
        Instant at;
        try {
            at = STAMP.parse(name.replaceFirst("^.*-(\\d{8}T\\d{6}Z)\\.json$", "$1"), Instant::from);
        } catch (RuntimeException e) {
            at = Files.getLastModifiedTime(file).toInstant();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new PolicyBackup(file, tenant, at, SmsConfigurationJson.read(in, name));
        }
    }
}
