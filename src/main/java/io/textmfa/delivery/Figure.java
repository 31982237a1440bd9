package io.textmfa.delivery;

/** One number of the delivery model with where it comes from; {@code assumption} when nobody published it. */
public record Figure(double value, String source, String date, boolean assumption) {
}
