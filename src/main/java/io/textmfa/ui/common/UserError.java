package io.textmfa.ui.common;

/** An error to show the user: a short title and one clear sentence. */
public record UserError(String title, String message) {
}
