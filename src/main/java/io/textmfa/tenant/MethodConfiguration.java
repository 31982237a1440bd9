package io.textmfa.tenant;

/**
 * Any other authentication method configuration of the policy, kept by type, id and state only:
 * the console reads them for readiness and never edits them.
 */
public record MethodConfiguration(String odataType, String id, String state) {
}
