package io.textmfa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.SharedData;
import io.textmfa.tenant.SnapshotWriter;
import io.textmfa.tenant.TenantFixture;
import io.textmfa.tenant.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static io.textmfa.tenant.TenantFixture.ENTERPRISEPACK;
import static io.textmfa.tenant.TenantFixture.P1;
import static io.textmfa.tenant.TenantFixture.SPE_E3;
import static io.textmfa.tenant.TenantFixture.includeGroup;
import static org.assertj.core.api.Assertions.assertThat;

class AuditCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.create(snapshot -> 0);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path fixture() throws IOException {
        Path file = folder.resolve("fabrikam.json");
        new SnapshotWriter().write(new TenantFixture()
                .user("licensed", SPE_E3)
                .user(new User("sneaky", "=HYPERLINK(\"http://x\")", "sneaky@fabrikam.com", true, "Member", "IN", null, null,
                        List.of(new io.textmfa.tenant.AssignedLicense(ENTERPRISEPACK, List.of()))))
                .user("nobody")
                .group("g", "Sales-IN", "licensed", "sneaky", "nobody")
                .sms("enabled", List.of(includeGroup("g", false)), List.of())
                .sku(SPE_E3, "SPE_E3", "Enabled", P1).sku(ENTERPRISEPACK, "ENTERPRISEPACK", "Enabled").build(), file);
        return file;
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        assertThat(run("audit", "--snapshot", fixture().toString(), "--ruleset", "sms-sign-in", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("ruleset").asText()).isEqualTo("sms-sign-in");
        assertThat(json.at("/summary/users").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/eligible").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/ineligible").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/unlicensedInScope").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/inScope").asInt()).isEqualTo(3);
        JsonNode sku = json.at("/skus/0");
        assertThat(sku.path("skuId").asText()).isEqualTo(SPE_E3);
        assertThat(sku.path("skuPartNumber").asText()).isEqualTo("SPE_E3");
        assertThat(sku.path("displayName").asText()).isEqualTo("Microsoft 365 E3");
        assertThat(sku.path("qualifies").asBoolean()).isTrue();
        assertThat(sku.path("prepaidEnabled").asInt()).isEqualTo(10);
        assertThat(sku.path("consumed").asInt()).isEqualTo(1);
        assertThat(sku.path("available").asInt()).isEqualTo(9);
        JsonNode user = json.at("/users/0");
        assertThat(user.path("id").asText()).isEqualTo("licensed");
        assertThat(user.path("userPrincipalName").asText()).isEqualTo("licensed@fabrikam.com");
        assertThat(user.path("eligible").asBoolean()).isTrue();
        assertThat(user.path("qualifyingSkus").get(0).asText()).isEqualTo("SPE_E3");
        assertThat(user.path("inScope").asBoolean()).isTrue();
        assertThat(json.at("/users/1/flags").toString()).isEqualTo("[\"unlicensedInScope\"]");
    }

    @Test
    void failOnUnlicensedInScopeExits1AfterPrinting() throws IOException {
        assertThat(run("audit", "--snapshot", fixture().toString(), "--fail-on", "unlicensed-in-scope")).isEqualTo(1);

        assertThat(out.toString()).contains("In SMS policy scope without an eligible licence: 1", "nobody@fabrikam.com");
        assertThat(err.toString()).contains("textmfa: 1 user has unlicensedInScope (--fail-on unlicensed-in-scope).");
    }

    @Test
    void failOnPassesWhenNobodyHasTheFlag() throws IOException {
        assertThat(run("audit", "--snapshot", fixture().toString(), "--fail-on", "guest,sku-suspended")).isZero();
        assertThat(run("audit", "--fail-on", "p1-plan-disabled", "--format", "json")).as("the demo tenant has one").isEqualTo(1);
    }

    @Test
    void csvDefusesFormulas() throws IOException {
        assertThat(run("audit", "--snapshot", fixture().toString(), "--format", "csv")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("id,userPrincipalName,displayName,usageLocation,accountEnabled");
        assertThat(lines.get(2)).startsWith("sneaky,sneaky@fabrikam.com,\"'=HYPERLINK(\"\"http://x\"\")\",IN,");
    }

    @Test
    void anUnknownRulesetOrFindingIsAUsageError() {
        assertThat(run("audit", "--ruleset", "sms")).isEqualTo(2);
        assertThat(err.toString()).contains("--ruleset sms is unknown; use one of text-mfa, sms-sign-in.");
        assertThat(run("audit", "--fail-on", "everything")).isEqualTo(2);
    }

    @Test
    void skuCatalogImportsMicrosoftsCsvForNames() {
        assertThat(run("audit", "--sku-catalog", SharedData.MICROSOFT_LICENSING_CSV.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"displayName\" : \"Microsoft 365 F3\"");

        assertThat(run("audit", "--sku-catalog", "missing.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("missing.csv: the licensing CSV does not exist");
    }
}
