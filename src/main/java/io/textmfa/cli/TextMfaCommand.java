package io.textmfa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.concurrent.Callable;
import java.util.function.Function;

/** The {@code textmfa} command: with no subcommand it opens the desktop app. */
@Command(name = "textmfa", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "TextMFA Console: audit, simulate and safely edit Entra ID text-message MFA (SMS and WhatsApp).",
        subcommands = {GuiCommand.class, DemoCommand.class, SnapshotCommand.class, AuditCommand.class, RolloutCommand.class,
            PolicyCommand.class, SimulateCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 findings over a --fail-on threshold, 2 usage error or bad input,"
                + " 3 Graph or sign-in failure."})
public class TextMfaCommand implements Callable<Integer> {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    private final GuiLauncher guiLauncher;
    private final Function<String, String> environment;

    public TextMfaCommand(GuiLauncher guiLauncher, Function<String, String> environment) {
        this.guiLauncher = guiLauncher;
        this.environment = environment;
    }

    /** Where secrets named by environment-variable options are looked up (the process environment). */
    Function<String, String> environment() {
        return environment;
    }

    GuiLauncher guiLauncher() {
        return guiLauncher;
    }

    @Override
    public Integer call() {
        return guiLauncher.launch(null);
    }
}
