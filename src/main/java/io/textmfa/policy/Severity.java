package io.textmfa.policy;

/** How serious a validation finding is: an error blocks Apply, a warning asks for a second look. */
public enum Severity {
    ERROR, WARNING
}
