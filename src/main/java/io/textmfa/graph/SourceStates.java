package io.textmfa.graph;

import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.TenantCollection;

import java.util.Locale;

/** Turns a Graph error on a source into that source's honest state, naming the missing permission. */
final class SourceStates {
    private SourceStates() {
    }

    static String permission(TenantCollection collection) {
        return switch (collection) {
            case SUBSCRIBED_SKUS -> GraphPermissions.ORGANIZATION;
            case USERS -> GraphPermissions.USERS;
            case GROUPS -> GraphPermissions.GROUP_MEMBERS;
            case PHONE_METHODS -> GraphPermissions.METHODS;
            case USER_REGISTRATION_DETAILS -> GraphPermissions.REPORTS;
            case AUTHENTICATION_METHODS_POLICY -> GraphPermissions.POLICY_READ;
        };
    }

    static SourceState fromError(TenantCollection collection, GraphCallException error, int itemsRead) {
        String graph = "Graph answered " + error.status() + (error.code().isEmpty() ? "" : " " + error.code())
                + " on " + shortPath(error.path()) + ": " + error.getMessage();
        if (error.status() == 403) {
            String text = error.getMessage().toLowerCase(Locale.ROOT);
            if (collection == TenantCollection.USER_REGISTRATION_DETAILS
                    && (text.contains("license") || text.contains("sku") || text.contains("premium"))) {
                return new SourceState(SourceStatus.UNLICENSED,
                        "the tenant needs Microsoft Entra ID P1 or P2 for registration details (" + graph + ")");
            }
            return new SourceState(SourceStatus.FORBIDDEN, permission(collection) + " not granted (" + graph + ")");
        }
        if (itemsRead == 0) {
            return new SourceState(SourceStatus.PARTIAL, "nothing could be read: " + graph);
        }
        return new SourceState(SourceStatus.PARTIAL, String.format("stopped after %,d items: %s", itemsRead, graph));
    }

    static String shortPath(String path) {
        int query = path.indexOf('?');
        String withoutQuery = query < 0 ? path : path.substring(0, query);
        int version = withoutQuery.indexOf("/v1.0");
        return version < 0 ? withoutQuery : withoutQuery.substring(version + 5);
    }
}
