package io.textmfa.ui.licenses;

import io.textmfa.licensing.AuditFlag;
import io.textmfa.licensing.QualifyingSku;
import io.textmfa.licensing.UserVerdict;

import java.util.Locale;
import java.util.stream.Collectors;

/** A user row of the Licenses table: the verdict with its display texts worked out once. */
public record UserRow(UserVerdict verdict, String displayName, String userPrincipalName, String country,
                      String verdictText, String qualifyingText, String scopeText, String flagsText, String searchKey) {
    public static final String NO_COUNTRY = "(none)";

    public static UserRow of(UserVerdict verdict) {
        var user = verdict.user();
        String name = user.displayName() == null ? "" : user.displayName();
        String upn = user.userPrincipalName() == null ? "" : user.userPrincipalName();
        String country = user.usageLocation() == null || user.usageLocation().isBlank() ? NO_COUNTRY : user.usageLocation();
        String qualifying = verdict.qualifyingSkus().stream().map(QualifyingSku::displayName).collect(Collectors.joining(", "));
        String scope = !verdict.inScope() ? "" : verdict.signInEnabled() ? "MFA + sign-in" : "MFA";
        String flags = verdict.flags().stream().map(AuditFlag::label).collect(Collectors.joining(", "));
        return new UserRow(verdict, name, upn, country, verdict.eligible() ? "Eligible" : "Not eligible", qualifying, scope,
                flags, (name + "\n" + upn + "\n" + user.id()).toLowerCase(Locale.ROOT));
    }
}
