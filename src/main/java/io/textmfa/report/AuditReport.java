package io.textmfa.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.textmfa.licensing.AuditFlag;
import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.AuditSummary;
import io.textmfa.licensing.QualifyingSku;
import io.textmfa.licensing.SkuSummary;
import io.textmfa.licensing.UserVerdict;
import io.textmfa.licensing.VerdictExplainer;
import io.textmfa.policy.UnresolvedTarget;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a licence audit as JSON or CSV (docs/cli.md). The CLI writes every user; the Licenses view
 * writes the rows it shows, so an export is what is on screen.
 */
public final class AuditReport {
    public static final List<String> CSV_HEADER = List.of("id", "userPrincipalName", "displayName", "usageLocation",
            "accountEnabled", "userType", "eligible", "qualifyingSkus", "inScope", "signInEnabled", "flags", "explanation");
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private AuditReport() {
    }

    /** The audit as JSON; {@code filter} (nullable) says how {@code users} were chosen from the audit. */
    public static void writeJson(AuditResult result, List<UserVerdict> users, String filter, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("ruleset", result.ruleset().id());
            if (filter != null) {
                g.writeStringField("filter", filter);
            }
            AuditSummary s = result.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("users", s.users());
            g.writeNumberField("eligible", s.eligible());
            g.writeNumberField("ineligible", s.ineligible());
            g.writeNumberField("unlicensedInScope", s.unlicensedInScope());
            g.writeNumberField("inScope", s.inScope());
            g.writeNumberField("signInEnabled", s.signInEnabled());
            g.writeNumberField("signInUnlicensed", s.signInUnlicensed());
            g.writeEndObject();
            g.writeArrayFieldStart("unresolvedTargets");
            for (UnresolvedTarget target : result.scope().unresolvedTargets()) {
                g.writeString(target.sentence());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skus");
            for (SkuSummary sku : result.skus()) {
                g.writeStartObject();
                g.writeStringField("skuId", sku.skuId());
                g.writeStringField("skuPartNumber", sku.skuPartNumber());
                g.writeStringField("displayName", sku.displayName());
                g.writeBooleanField("qualifies", sku.qualifies());
                g.writeBooleanField("viaBundle", sku.viaBundle());
                g.writeStringField("capabilityStatus", sku.capabilityStatus());
                g.writeNumberField("prepaidEnabled", sku.prepaidEnabled());
                g.writeNumberField("prepaidSuspended", sku.prepaidSuspended());
                g.writeNumberField("prepaidWarning", sku.prepaidWarning());
                g.writeNumberField("prepaidLockedOut", sku.prepaidLockedOut());
                g.writeNumberField("consumed", sku.consumed());
                g.writeNumberField("available", sku.available());
                g.writeNumberField("consumedInScope", sku.consumedInScope());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("users");
            for (UserVerdict v : users) {
                g.writeStartObject();
                g.writeStringField("id", v.user().id());
                g.writeStringField("userPrincipalName", v.user().userPrincipalName());
                g.writeBooleanField("eligible", v.eligible());
                g.writeArrayFieldStart("qualifyingSkus");
                for (QualifyingSku sku : v.qualifyingSkus()) {
                    g.writeString(sku.skuPartNumber() == null ? sku.skuId() : sku.skuPartNumber());
                }
                g.writeEndArray();
                g.writeBooleanField("inScope", v.inScope());
                g.writeBooleanField("signInEnabled", v.signInEnabled());
                g.writeArrayFieldStart("flags");
                for (AuditFlag flag : v.flags()) {
                    g.writeString(flag.jsonName());
                }
                g.writeEndArray();
                g.writeStringField("explanation", VerdictExplainer.explain(v, result));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** One CSV row per user. */
    public static void writeCsv(AuditResult result, List<UserVerdict> users, Writer out) throws IOException {
        try (SafeCsv csv = SafeCsv.open(out, CSV_HEADER)) {
            for (UserVerdict v : users) {
                List<String> row = new ArrayList<>(CSV_HEADER.size());
                row.add(v.user().id());
                row.add(v.user().userPrincipalName());
                row.add(v.user().displayName());
                row.add(v.user().usageLocation());
                row.add(String.valueOf(v.user().accountEnabled()));
                row.add(v.user().userType());
                row.add(String.valueOf(v.eligible()));
                row.add(String.join(";", v.qualifyingSkus().stream()
                        .map(q -> q.skuPartNumber() == null ? q.skuId() : q.skuPartNumber()).toList()));
                row.add(String.valueOf(v.inScope()));
                row.add(String.valueOf(v.signInEnabled()));
                row.add(String.join(";", v.flags().stream().map(AuditFlag::jsonName).toList()));
                row.add(VerdictExplainer.explain(v, result));
                csv.row(row);
            }
        }
    }
}
