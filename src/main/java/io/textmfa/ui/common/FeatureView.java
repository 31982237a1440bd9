package io.textmfa.ui.common;

/** What the main window's shortcuts ask of the current view: Ctrl+F focuses its search, Ctrl+E exports. */
public interface FeatureView {
    default void focusSearch() {
    }

    default void exportShown() {
    }
}
