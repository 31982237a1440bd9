package io.textmfa.graph;

import java.util.ArrayList;
import java.util.List;

/** The least-privilege permissions the console asks for (docs/permissions.md). */
public final class GraphPermissions {
    public static final String USERS = "User.Read.All";
    public static final String ORGANIZATION = "Organization.Read.All";
    public static final String GROUP_MEMBERS = "GroupMember.Read.All";
    public static final String POLICY_READ = "Policy.Read.AuthenticationMethod";
    public static final String POLICY_WRITE = "Policy.ReadWrite.AuthenticationMethod";
    public static final String METHODS = "UserAuthenticationMethod.Read.All";
    public static final String REPORTS = "AuditLog.Read.All";
    public static final List<String> READ = List.of(USERS, ORGANIZATION, GROUP_MEMBERS, POLICY_READ, METHODS, REPORTS);

    private GraphPermissions() {
    }

    /** OAuth scopes for the cloud: named delegated scopes, or {@code /.default} for app-only sign-in. */
    public static String[] scopes(ConnectionSettings settings) {
        String resource = settings.cloud().graphHost();
        if (!settings.authMethod().delegated()) {
            return new String[] {resource + "/.default"};
        }
        List<String> scopes = new ArrayList<>();
        for (String permission : READ) {
            scopes.add(resource + "/" + permission);
        }
        if (settings.writeMode()) {
            scopes.add(resource + "/" + POLICY_WRITE);
        }
        return scopes.toArray(String[]::new);
    }
}
