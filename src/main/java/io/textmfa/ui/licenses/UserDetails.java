package io.textmfa.ui.licenses;

import io.textmfa.licensing.AuditResult;
import io.textmfa.licensing.VerdictExplainer;
import io.textmfa.tenant.AssignedLicense;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.stream.Collectors;

/** The details pane of the Licenses view: who the selected user is and why the verdict is what it is. */
public final class UserDetails {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Select a user");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation",
            "The verdict and its reasons appear here.");
    private final ReadOnlyStringWrapper licences = new ReadOnlyStringWrapper(this, "licences", "");
    private final ObservableList<String> flagReasons = FXCollections.observableArrayList();

    void show(UserRow row, AuditResult result) {
        if (row == null || result == null) {
            title.set("Select a user");
            subtitle.set("");
            explanation.set("The verdict and its reasons appear here.");
            licences.set("");
            flagReasons.clear();
            return;
        }
        title.set(row.displayName().isEmpty() ? row.userPrincipalName() : row.displayName());
        subtitle.set(row.userPrincipalName() + "  ·  " + row.country() + "  ·  "
                + (row.verdict().user().accountEnabled() ? "enabled" : "disabled")
                + (row.verdict().user().isGuest() ? "  ·  guest" : ""));
        explanation.set(VerdictExplainer.explain(row.verdict(), result));
        licences.set(row.verdict().user().assignedLicenses().isEmpty() ? "No licences assigned."
                : "Licences: " + row.verdict().user().assignedLicenses().stream().map(AssignedLicense::skuId)
                .map(id -> result.catalog().displayName(id, partNumber(id, result))).collect(Collectors.joining(", ")) + ".");
        flagReasons.setAll(VerdictExplainer.flagReasons(row.verdict(), result));
    }

    private static String partNumber(String skuId, AuditResult result) {
        return result.skus().stream().filter(s -> s.skuId().equalsIgnoreCase(skuId)).map(s -> s.skuPartNumber())
                .findFirst().orElse(null);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty licencesProperty() {
        return licences.getReadOnlyProperty();
    }

    public ObservableList<String> flagReasons() {
        return flagReasons;
    }
}
