package io.textmfa.licensing;

import io.textmfa.tenant.AssignedLicense;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains a verdict in plain sentences, e.g. "Eligible through Microsoft 365 E3 (SPE_E3)." or "In
 * SMS policy scope through group Sales-IN, but holds only Office 365 E3 (ENTERPRISEPACK), which has
 * no Entra ID P1 plan."
 */
public final class VerdictExplainer {
    private VerdictExplainer() {
    }

    public static String explain(UserVerdict verdict, AuditResult result) {
        String via = result.scope().via(verdict.user().id()).orElse("a policy target");
        if (verdict.eligible()) {
            List<String> active = verdict.qualifyingSkus().stream().filter(q -> !q.isInactive())
                    .map(q -> q.label() + (q.viaBundle() ? ", which includes Entra ID P1" : "")).toList();
            String sentence = "Eligible through " + join(active) + ".";
            if (verdict.inScope()) {
                return sentence + " In SMS policy scope through " + via
                        + (verdict.signInEnabled() ? ", with SMS sign-in allowed." : ".");
            }
            return sentence + " Not in SMS policy scope.";
        }
        String holdings = holdings(verdict, result);
        if (verdict.inScope()) {
            return "In SMS policy scope through " + via + ", but " + holdings + ".";
        }
        return "Not eligible under " + result.ruleset().id() + ": " + holdings
                + ". Not in SMS policy scope, so text-message codes are not enabled for this user.";
    }

    /** One sentence per flag, saying what it means for this user. */
    public static List<String> flagReasons(UserVerdict verdict, AuditResult result) {
        List<String> reasons = new ArrayList<>();
        for (AuditFlag flag : verdict.flags()) {
            reasons.add(flag.label() + ": " + switch (flag) {
                case UNLICENSED_IN_SCOPE -> "the SMS policy enables text-message codes for this user, who holds no licence"
                        + " that " + result.ruleset().id() + " accepts.";
                case SIGN_IN_UNLICENSED -> "SMS sign-in is allowed for this user, who holds no licence that SMS sign-in"
                        + " requires (sms-sign-in ruleset).";
                case DISABLED_ACCOUNT -> "the account is disabled; its licences still count as consumed.";
                case GUEST -> "a B2B guest; SMS sign-in is not supported for guests.";
                case SKU_SUSPENDED -> verdict.qualifyingSkus().stream().filter(q -> q.isInactive() || q.isInWarning())
                        .map(q -> q.label() + " is " + q.capabilityStatus()).reduce((a, b) -> a + "; " + b).orElse("")
                        + ".";
                case P1_PLAN_DISABLED -> "the Entra ID P1 plan is switched off in a licence assignment.";
                case NO_USAGE_LOCATION -> "no usage location is set, so licences cannot be assigned.";
            });
        }
        return reasons;
    }

    private static String holdings(UserVerdict verdict, AuditResult result) {
        List<AssignedLicense> licenses = verdict.user().assignedLicenses();
        if (licenses.isEmpty()) {
            return "holds no licence";
        }
        List<String> parts = new ArrayList<>();
        List<String> withoutPlan = new ArrayList<>();
        for (AssignedLicense license : licenses) {
            Optional<QualifyingSku> inactive = verdict.qualifyingSkus().stream()
                    .filter(q -> q.skuId().equalsIgnoreCase(license.skuId()) && q.isInactive()).findFirst();
            String label = label(license.skuId(), result);
            if (inactive.isPresent()) {
                parts.add(label + ", whose subscription is " + inactive.get().capabilityStatus());
            } else if (license.isPlanDisabled(ServicePlans.ENTRA_ID_P1) && hasP1(license.skuId(), result)) {
                parts.add(label + ", whose Entra ID P1 plan is disabled in this assignment");
            } else {
                withoutPlan.add(label);
            }
        }
        if (withoutPlan.size() == 1) {
            parts.add(withoutPlan.get(0) + ", which has no Entra ID P1 plan");
        } else if (withoutPlan.size() > 1) {
            parts.add(join(withoutPlan) + (withoutPlan.size() == 2 ? ", neither of which has" : ", none of which has")
                    + " an Entra ID P1 plan");
        }
        return "holds only " + String.join("; and ", parts);
    }

    private static boolean hasP1(String skuId, AuditResult result) {
        return result.catalog().find(skuId).map(SkuInfo::entraIdP1).orElse(true);
    }

    private static String label(String skuId, AuditResult result) {
        for (SkuSummary sku : result.skus()) {
            if (sku.skuId().equalsIgnoreCase(skuId)) {
                return sku.skuPartNumber() == null || sku.skuPartNumber().equals(sku.displayName())
                        ? sku.displayName() : sku.displayName() + " (" + sku.skuPartNumber() + ")";
            }
        }
        return result.catalog().find(skuId).map(SkuInfo::label).orElse(skuId);
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
