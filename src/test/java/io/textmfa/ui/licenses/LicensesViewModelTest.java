package io.textmfa.ui.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.SharedData;
import io.textmfa.licensing.AuditFlag;
import io.textmfa.licensing.Rulesets;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.concurrent.SameThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LicensesViewModelTest {
    private static final TenantSnapshot DEMO = TenantGenerator.demoTenant();

    @TempDir
    Path folder;

    private final SimpleObjectProperty<TenantSnapshot> snapshot = new SimpleObjectProperty<>(DEMO);
    private final LicensesViewModel viewModel = new LicensesViewModel(new SameThreadTaskExecutor(), snapshot);

    @Test
    void auditsTheTenantAndFillsCardsChartAndTables() {
        assertThat(viewModel.resultProperty().get().ruleset().id()).isEqualTo("text-mfa");
        assertThat(viewModel.shownRows()).hasSize(2500);
        assertThat(viewModel.skus()).hasSize(DEMO.subscribedSkus().size());
        assertThat(viewModel.summary().cards()).extracting(c -> c.label()).containsExactly("Users", "Eligible", "In SMS scope", "Unlicensed", "Sign-in unlicensed");
        int slices = viewModel.summary().coverage().stream().mapToInt(CoverageSlice::users).sum();
        assertThat(slices).isEqualTo(2500);
        assertThat(viewModel.summary().warnings()).anyMatch(w -> w.contains(TenantGenerator.DELETED_GROUP_ID));
        assertThat(viewModel.shownTextProperty().get()).isEqualTo("Showing 2,500 of 2,500 users");
        assertThat(viewModel.countries()).first().isEqualTo("All countries");
        assertThat(viewModel.countries()).contains("IN", "NZ", UserRow.NO_COUNTRY);
    }

    @Test
    void filtersCombine() {
        viewModel.countryProperty().set("IN");
        viewModel.verdictProperty().set(VerdictFilter.NOT_ELIGIBLE);
        viewModel.accountProperty().set(AccountFilter.ENABLED);

        assertThat(viewModel.shownRows()).isNotEmpty().allMatch(r -> r.country().equals("IN") && !r.verdict().eligible()
                && r.verdict().user().accountEnabled());
        long expected = viewModel.resultProperty().get().users().stream().filter(v -> "IN".equals(v.user().usageLocation())
                && !v.eligible() && v.user().accountEnabled()).count();
        assertThat(viewModel.shownRows()).hasSize((int) expected);

        viewModel.clearFilters();
        assertThat(viewModel.shownRows()).hasSize(2500);
    }

    @Test
    void searchFindsByNameUpnOrIdIgnoringCase() {
        UserRow someone = viewModel.shownRows().get(123);
        viewModel.searchProperty().set(someone.userPrincipalName().toUpperCase());

        assertThat(viewModel.shownRows()).contains(someone).allMatch(r -> r.userPrincipalName().equalsIgnoreCase(
                someone.userPrincipalName()));
        viewModel.searchProperty().set(someone.verdict().user().id());
        assertThat(viewModel.shownRows()).containsExactly(someone);
    }

    @Test
    void showUnlicensedInScopeClearsOtherFiltersAndKeepsTheKeyFinding() {
        viewModel.countryProperty().set("NZ");
        viewModel.showUnlicensedInScope();

        assertThat(viewModel.countryProperty().get()).isEqualTo("All countries");
        assertThat(viewModel.shownRows()).hasSize(viewModel.resultProperty().get().summary().unlicensedInScope())
                .allMatch(r -> r.verdict().has(AuditFlag.UNLICENSED_IN_SCOPE));
        assertThat(viewModel.filterProperty().get().describe()).isEqualTo("flags=unlicensedInScope");
    }

    @Test
    void switchingTheRulesetReAuditsAndKeepsFilters() {
        viewModel.flags().add(AuditFlag.UNLICENSED_IN_SCOPE);
        int textMfa = viewModel.shownRows().size();

        viewModel.rulesetProperty().set(Rulesets.smsSignIn());

        assertThat(viewModel.resultProperty().get().ruleset().id()).isEqualTo("sms-sign-in");
        assertThat(viewModel.shownRows()).allMatch(r -> r.verdict().has(AuditFlag.UNLICENSED_IN_SCOPE));
        assertThat(viewModel.shownRows().size()).isNotEqualTo(textMfa);
    }

    @Test
    void exportWritesExactlyTheShownRowsInTheirOrder() throws IOException {
        viewModel.countryProperty().set("NZ");
        viewModel.shownRows().comparatorProperty().set(Comparator.comparing(UserRow::userPrincipalName).reversed());
        List<String> shown = viewModel.shownRows().stream().map(UserRow::userPrincipalName).toList();
        Path csv = folder.resolve("nz.csv");
        Path json = folder.resolve("nz.json");

        viewModel.export(csv, LicensesViewModel.ExportFormat.CSV);
        viewModel.export(json, LicensesViewModel.ExportFormat.JSON);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines.subList(1, lines.size()).stream().map(line -> line.split(",")[1]).toList()).isEqualTo(shown);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("filter").asText()).isEqualTo("country=NZ");
        assertThat(root.path("users").size()).isEqualTo(shown.size());
        assertThat(root.at("/users/0/userPrincipalName").asText()).isEqualTo(shown.get(0));
        assertThat(viewModel.statusProperty().get()).isEqualTo("Exported " + shown.size() + " users to nz.json.");
    }

    @Test
    void aFailedExportSaysSoAndLeavesNoFile() {
        Path nowhere = folder.resolve("missing/out.csv");

        viewModel.export(nowhere, LicensesViewModel.ExportFormat.CSV);

        assertThat(viewModel.errorProperty().get().message()).contains("does not exist");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void importingMicrosoftsCsvKeepsTheAuditAndRenamesByGuid() {
        viewModel.importCatalog(SharedData.MICROSOFT_LICENSING_CSV);

        assertThat(viewModel.catalogProperty().get().size()).isGreaterThanOrEqualTo(569);
        assertThat(viewModel.skus()).anyMatch(s -> s.skuPartNumber().equals("SPE_F1") && s.displayName().equals("Microsoft 365 F3"));
        assertThat(viewModel.errorProperty().get()).isNull();

        viewModel.importCatalog(folder.resolve("none.csv"));
        assertThat(viewModel.errorProperty().get().message()).startsWith("none.csv: the licensing CSV does not exist");
        assertThat(viewModel.catalogProperty().get().size()).as("the earlier catalogue stays").isGreaterThanOrEqualTo(569);
    }

    @Test
    void theSelectedUserIsExplained() {
        viewModel.showUnlicensedInScope();
        UserRow row = viewModel.shownRows().get(0);

        viewModel.selectedProperty().set(row);

        assertThat(viewModel.details().titleProperty().get()).isEqualTo(row.displayName());
        assertThat(viewModel.details().explanationProperty().get()).startsWith("In SMS policy scope through ");
        assertThat(viewModel.details().flagReasons()).anyMatch(r -> r.startsWith("In SMS scope without a licence: "));
    }

    @Test
    void aNewTenantReplacesTheRows() {
        snapshot.set(new TenantGenerator(5).generate(40));

        assertThat(viewModel.shownRows()).hasSize(40);
        assertThat(viewModel.selectedProperty().get()).isNull();
    }
}
