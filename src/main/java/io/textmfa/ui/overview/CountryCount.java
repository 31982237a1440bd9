package io.textmfa.ui.overview;

/** Users per usage location, for the overview chart. */
public record CountryCount(String country, int users) {
}
