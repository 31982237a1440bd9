package io.textmfa.ui.overview;

/** A collection of the snapshot, how many items it holds and how completely it was read. */
public record CollectionRow(String collection, int count, String state, String detail, boolean complete) {
}
