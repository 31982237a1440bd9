package io.textmfa.ui.licenses;

/** One part of the licence coverage chart. */
public record CoverageSlice(String label, int users) {
}
