package io.textmfa.cli;

/** The exit codes every command shares (docs/cli.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Findings exceeded a {@code --fail-on} threshold. */
    public static final int FINDINGS = 1;
    /** Usage error or bad input. */
    public static final int BAD_INPUT = 2;
    /** Microsoft Graph or authentication failure. */
    public static final int GRAPH = 3;

    private ExitCodes() {
    }
}
