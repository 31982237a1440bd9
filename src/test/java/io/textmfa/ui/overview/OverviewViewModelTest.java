package io.textmfa.ui.overview;

import io.textmfa.ui.common.SummaryCard;

import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.LicenseAudit;
import io.textmfa.licensing.Rulesets;
import io.textmfa.tenant.SnapshotSource;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.demo.TenantGenerator;
import io.textmfa.ui.concurrent.SameThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewModelTest {
    private final SimpleObjectProperty<TenantSnapshot> snapshot = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<AuditResult> audit = new SimpleObjectProperty<>();
    private final List<String> linksFollowed = new ArrayList<>();
    private final OverviewViewModel viewModel = new OverviewViewModel(new SameThreadTaskExecutor(), snapshot,
            new SimpleStringProperty("Snapshot: x.json (T)"), audit, () -> linksFollowed.add("unlicensed"));

    @Test
    void showsTheTenantItsSourceAndHeadlineCounts() {
        snapshot.set(TenantGenerator.demoTenant());

        assertThat(viewModel.tenantNameProperty().get()).isEqualTo("Contoso");
        assertThat(viewModel.sourceTextProperty().get()).isEqualTo("Snapshot: x.json (T)");
        assertThat(viewModel.capturedAtProperty().get()).isEqualTo("captured 2026-12-01 09:00 UTC");
        assertThat(viewModel.cards()).extracting(SummaryCard::label)
                .containsExactly("Users", "Enabled", "Guests", "Admins", "SKUs", "With a phone", "Phone-only");
        assertThat(viewModel.cards().get(0).value()).isEqualTo("2,500");
        assertThat(viewModel.collections()).hasSize(TenantCollection.values().length).allMatch(CollectionRow::complete);
        assertThat(viewModel.countries()).hasSize(OverviewViewModel.CHART_COUNTRIES + 1);
        assertThat(viewModel.countries().get(viewModel.countries().size() - 1).country()).isEqualTo("Other");
    }

    @Test
    void aForbiddenCollectionSaysWhyInsteadOfZero() {
        List<User> users = new ArrayList<>();
        users.add(new User("u1", "A", "a@x", true, "Member", null, null, null, List.of()));
        snapshot.set(new TenantSnapshot(Instant.parse("2026-12-01T00:00:00Z"), SnapshotSource.GRAPH, new Tenant("t", "T", null),
                List.of(), users, List.of(), Map.of(), List.of(), null,
                Map.of(TenantCollection.USERS, SourceState.COMPLETE, TenantCollection.USER_REGISTRATION_DETAILS,
                        new SourceState(SourceStatus.FORBIDDEN, "AuditLog.Read.All not granted"))));

        SummaryCard phoneOnly = viewModel.cards().stream().filter(c -> c.label().equals("Phone-only")).findFirst().orElseThrow();
        assertThat(phoneOnly.value()).isEqualTo("unknown");
        assertThat(phoneOnly.detail()).isEqualTo("Forbidden: AuditLog.Read.All not granted");
        assertThat(viewModel.collections()).filteredOn(r -> r.collection().equals("User registration details"))
                .singleElement().satisfies(r -> {
                    assertThat(r.complete()).isFalse();
                    assertThat(r.detail()).isEqualTo("AuditLog.Read.All not granted");
                });
        assertThat(viewModel.countries()).containsExactly(new CountryCount("n/a", 1));
    }

    @Test
    void chartKeepsTheLargestCountriesAndSumsTheRest() {
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        for (int i = 0; i < 15; i++) {
            byCountry.put("C" + i, 100 - i);
        }

        List<CountryCount> top = OverviewViewModel.topCountries(byCountry);

        assertThat(top).hasSize(13);
        assertThat(top.get(0)).isEqualTo(new CountryCount("C0", 100));
        assertThat(top.get(12)).isEqualTo(new CountryCount("Other", 88 + 87 + 86));
    }

    @Test
    void showsTheEligibleShareAndLinksToTheUnlicensedUsersInScope() {
        TenantSnapshot demo = TenantGenerator.demoTenant();
        snapshot.set(demo);
        assertThat(viewModel.licenceCards()).isEmpty();

        AuditResult result = LicenseAudit.run(demo, Rulesets.textMfa());
        audit.set(result);

        assertThat(viewModel.licenceCards()).extracting(SummaryCard::label).containsExactly("Eligible", "Unlicensed");
        assertThat(viewModel.licenceCards().get(0).value())
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "%.1f %%", 100.0 * result.summary().eligible() / 2500));
        assertThat(viewModel.licenceCards().get(1).value()).isEqualTo(String.valueOf(result.summary().unlicensedInScope()));
        assertThat(viewModel.unlicensedLinkProperty().get())
                .isEqualTo("Show the " + result.summary().unlicensedInScope() + " users in SMS scope without a licence");
        viewModel.showUnlicensedInScope();
        assertThat(linksFollowed).containsExactly("unlicensed");
    }
}
