package io.textmfa.ui.policy;

/** An include or exclude target as the Policy view lists it. */
public record TargetRow(String id, String type, String label, boolean signIn, boolean include) {
}
