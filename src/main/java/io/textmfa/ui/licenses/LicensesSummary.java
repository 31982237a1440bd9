package io.textmfa.ui.licenses;

import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.AuditSummary;
import io.textmfa.policy.UnresolvedTarget;
import io.textmfa.ui.common.SummaryCard;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;

/** The headline of the Licenses view: summary cards, the coverage chart's slices and policy warnings. */
public final class LicensesSummary {
    public static final String ELIGIBLE = "Eligible";
    public static final String UNLICENSED_IN_SCOPE = "In SMS scope, no licence";
    public static final String NOT_ELIGIBLE = "Not eligible, not in scope";

    private final ObservableList<SummaryCard> cards = FXCollections.observableArrayList();
    private final ObservableList<CoverageSlice> coverage = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

    void show(AuditResult result) {
        AuditSummary s = result.summary();
        cards.setAll(
                new SummaryCard("Users", number(s.users()), "under " + result.ruleset().id()),
                new SummaryCard("Eligible", percent(s.eligibleShare()), number(s.eligible()) + " users"),
                new SummaryCard("In SMS scope", number(s.inScope()), number(s.signInEnabled()) + " with SMS sign-in"),
                new SummaryCard("Unlicensed", number(s.unlicensedInScope()), "in SMS scope without a licence"),
                new SummaryCard("Sign-in unlicensed", number(s.signInUnlicensed()), "SMS sign-in without its licence"));
        coverage.setAll(List.of(new CoverageSlice(ELIGIBLE, s.eligible()),
                new CoverageSlice(UNLICENSED_IN_SCOPE, s.unlicensedInScope()),
                new CoverageSlice(NOT_ELIGIBLE, s.ineligible() - s.unlicensedInScope())));
        warnings.setAll(result.scope().unresolvedTargets().stream().map(UnresolvedTarget::sentence).toList());
        if (!result.scope().policyPresent()) {
            warnings.add("The snapshot holds no SMS method configuration, so nobody is counted in SMS scope.");
        } else if (!result.scope().enabled()) {
            warnings.add("The SMS method is disabled in the policy: nobody receives text-message codes.");
        }
    }

    static String number(int value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.1f %%", 100 * share);
    }

    public ObservableList<SummaryCard> cards() {
        return cards;
    }

    public ObservableList<CoverageSlice> coverage() {
        return coverage;
    }

    /** Sentences about the policy the numbers depend on, e.g. a target naming a deleted group. */
    public ObservableList<String> warnings() {
        return warnings;
    }
}
