package io.textmfa.cli;

import picocli.CommandLine.Command;

/** {@code textmfa policy ...}: the SMS authentication method policy as code. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Show, validate, compare, apply, back up and restore the SMS authentication method policy.",
        subcommands = {PolicyShowCommand.class, PolicyValidateCommand.class, PolicyDiffCommand.class,
            PolicyApplyCommand.class, PolicyBackupsCommand.class, PolicyRestoreCommand.class})
public class PolicyCommand {
}
