package io.textmfa.ui.licenses;

import io.textmfa.licensing.AuditFlag;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Licenses view's filter as a value: search text (name, UPN or id), country, verdict, account
 * kind, and flags a row must all carry. {@link #describe()} names it for exports.
 */
public record UserRowFilter(String search, String country, VerdictFilter verdict, AccountFilter account,
                            Set<AuditFlag> flags) implements Predicate<UserRow> {
    public static final String ALL_COUNTRIES = "All countries";
    public static final UserRowFilter NONE = new UserRowFilter("", ALL_COUNTRIES, VerdictFilter.ALL, AccountFilter.ALL,
            Set.of());

    public UserRowFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        country = country == null ? ALL_COUNTRIES : country;
        verdict = verdict == null ? VerdictFilter.ALL : verdict;
        account = account == null ? AccountFilter.ALL : account;
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    @Override
    public boolean test(UserRow row) {
        if (!search.isEmpty() && !row.searchKey().contains(search)) {
            return false;
        }
        if (!ALL_COUNTRIES.equals(country) && !country.equals(row.country())) {
            return false;
        }
        if (verdict == VerdictFilter.ELIGIBLE && !row.verdict().eligible()
                || verdict == VerdictFilter.NOT_ELIGIBLE && row.verdict().eligible()) {
            return false;
        }
        if (!account.accepts(row.verdict().user())) {
            return false;
        }
        return row.verdict().flags().containsAll(flags);
    }

    /** "country=IN; verdict=Not eligible; flags=unlicensedInScope", or {@code null} when nothing is filtered. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!search.isEmpty()) {
            text.append("search=").append(search).append("; ");
        }
        if (!ALL_COUNTRIES.equals(country)) {
            text.append("country=").append(country).append("; ");
        }
        if (verdict != VerdictFilter.ALL) {
            text.append("verdict=").append(verdict).append("; ");
        }
        if (account != AccountFilter.ALL) {
            text.append("account=").append(account).append("; ");
        }
        if (!flags.isEmpty()) {
            text.append("flags=").append(String.join(",", EnumSet.copyOf(flags).stream().map(AuditFlag::jsonName).toList()))
                    .append("; ");
        }
        return text.length() == 0 ? null : text.substring(0, text.length() - 2);
    }
}
