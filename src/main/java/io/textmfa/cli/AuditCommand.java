package io.textmfa.cli;

import io.textmfa.licensing.AuditFlag;
import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.AuditSummary;
import io.textmfa.licensing.LicenseAudit;
import io.textmfa.licensing.Ruleset;
import io.textmfa.licensing.Rulesets;
import io.textmfa.licensing.SkuCatalog;
import io.textmfa.licensing.SkuCatalogCsv;
import io.textmfa.licensing.SkuSummary;
import io.textmfa.licensing.UserVerdict;
import io.textmfa.licensing.VerdictExplainer;
import io.textmfa.policy.UnresolvedTarget;
import io.textmfa.report.AuditReport;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code textmfa audit}: who holds a licence that allows text-message MFA (or SMS sign-in), who the
 * SMS policy enables without one, and what each SKU contributes.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit licences for text-message MFA or SMS sign-in against the SMS policy scope.")
public class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Option(names = "--ruleset", paramLabel = "ID", defaultValue = Rulesets.TEXT_MFA,
            description = "Licence ruleset: text-mfa or sms-sign-in (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @Option(names = "--sku-catalog", paramLabel = "FILE",
            description = "Microsoft's licensing CSV (product names and service plan identifiers) for SKU names.")
    Path skuCatalog;

    @Option(names = "--fail-on", paramLabel = "FLAG", split = ",",
            description = "Exit 1 when any user has this flag, e.g. unlicensed-in-scope (also: sign-in-unlicensed, "
                    + "sku-suspended, p1-plan-disabled, no-usage-location, disabled-account, guest).")
    List<String> failOn = new ArrayList<>();

    @Override
    public Integer call() throws IOException, io.textmfa.graph.GraphFailure {
        Ruleset chosen = Rulesets.byId(ruleset.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new UserInputException(
                "--ruleset " + ruleset + " is unknown; use one of " + String.join(", ", Rulesets.ids()) + "."));
        java.util.Map<AuditFlag, String> failFlags = new java.util.LinkedHashMap<>();
        for (String name : failOn) {
            AuditFlag flag = AuditFlag.fromJsonName(name.replace("-", ""));
            if (flag == null) {
                throw new UserInputException("--fail-on " + name + " is not a finding; use unlicensed-in-scope,"
                        + " sign-in-unlicensed, sku-suspended, p1-plan-disabled, no-usage-location, disabled-account or guest.");
            }
            failFlags.put(flag, name);
        }
        SkuCatalog catalog = skuCatalog == null ? SkuCatalog.builtIn()
                : SkuCatalog.builtIn().withImported(SkuCatalogCsv.read(skuCatalog));
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        AuditResult result = LicenseAudit.run(snapshot, chosen, catalog);
        output.emit(spec.commandLine().getOut(), out -> {
            switch (output.format()) {
                case json -> AuditReport.writeJson(result, result.users(), null, out);
                case csv -> AuditReport.writeCsv(result, result.users(), out);
                case table -> table(out, snapshot, result);
            }
        });
        int code = ExitCodes.OK;
        for (java.util.Map.Entry<AuditFlag, String> entry : failFlags.entrySet()) {
            long count = result.users().stream().filter(v -> v.has(entry.getKey())).count();
            if (count > 0) {
                spec.commandLine().getErr().println("textmfa: " + count + (count == 1 ? " user has " : " users have ")
                        + entry.getKey().jsonName() + " (--fail-on " + entry.getValue() + ").");
                code = ExitCodes.FINDINGS;
            }
        }
        return code;
    }

    private static void table(PrintWriter out, TenantSnapshot snapshot, AuditResult result) {
        AuditSummary s = result.summary();
        out.printf("Tenant %s, ruleset %s (%s)%n%n", snapshot.tenant().displayName(), result.ruleset().id(),
                result.ruleset().name());
        out.printf("%-34s %8d%n", "Users", s.users());
        out.printf("%-34s %8d  (%.1f %%)%n", "Eligible", s.eligible(), 100 * s.eligibleShare());
        out.printf("%-34s %8d%n", "Not eligible", s.ineligible());
        out.printf("%-34s %8d%n", "In SMS policy scope", s.inScope());
        out.printf("%-34s %8d%n", "In scope without a licence", s.unlicensedInScope());
        out.printf("%-34s %8d%n", "SMS sign-in allowed", s.signInEnabled());
        out.printf("%-34s %8d%n%n", "SMS sign-in without its licence", s.signInUnlicensed());
        for (UnresolvedTarget target : result.scope().unresolvedTargets()) {
            out.println("! " + target.sentence());
        }
        if (!result.scope().unresolvedTargets().isEmpty()) {
            out.println();
        }
        out.printf("%-44s %-10s %9s %9s %9s %9s  %s%n", "SKU", "Status", "Enabled", "Consumed", "Available",
                "In scope", "Qualifies");
        for (SkuSummary sku : result.skus()) {
            String name = sku.skuPartNumber() == null || sku.skuPartNumber().equals(sku.displayName()) ? sku.displayName()
                    : sku.displayName() + " (" + sku.skuPartNumber() + ")";
            out.printf("%-44s %-10s %9d %9d %9d %9d  %s%n", truncate(name, 44),
                    sku.capabilityStatus(), sku.prepaidEnabled(), sku.consumed(), sku.available(), sku.consumedInScope(),
                    sku.qualifies() ? (sku.viaBundle() ? "yes, via Entra ID plan" : "yes") : "no");
        }
        List<UserVerdict> findings = result.users().stream().filter(v -> v.has(AuditFlag.UNLICENSED_IN_SCOPE)).toList();
        out.printf("%nIn SMS policy scope without an eligible licence: %d%n", findings.size());
        for (UserVerdict v : findings) {
            out.printf("  %-50s %s%n", v.user().userPrincipalName() == null ? v.user().id() : v.user().userPrincipalName(),
                    VerdictExplainer.explain(v, result));
        }
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
