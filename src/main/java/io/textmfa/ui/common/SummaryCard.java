package io.textmfa.ui.common;

/** One headline number of the overview, with a line saying what it means or why it is unknown. */
public record SummaryCard(String label, String value, String detail) {
}
