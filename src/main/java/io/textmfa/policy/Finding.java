package io.textmfa.policy;

/** One validation finding: its severity and one sentence. */
public record Finding(Severity severity, String sentence) {
    public static Finding error(String sentence) {
        return new Finding(Severity.ERROR, sentence);
    }

    public static Finding warning(String sentence) {
        return new Finding(Severity.WARNING, sentence);
    }
}
