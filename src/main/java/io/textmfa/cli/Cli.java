package io.textmfa.cli;

import io.textmfa.graph.GraphFailure;
import io.textmfa.graph.SignInSetupException;
import io.textmfa.tenant.SnapshotFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Builds the picocli command line with the error policy of the CLI contract: bad input prints one
 * line on stderr and exits 2, a Graph or sign-in failure exits 3; a stack trace only with {@code --debug}.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine create(GuiLauncher guiLauncher) {
        return create(guiLauncher, System::getenv);
    }

    /** With another environment for secrets named by options (tests). */
    public static CommandLine create(GuiLauncher guiLauncher, java.util.function.Function<String, String> environment) {
        TextMfaCommand root = new TextMfaCommand(guiLauncher, environment);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("textmfa: " + describe(exception));
            int code = exception instanceof GraphFailure && !(exception instanceof SignInSetupException)
                    ? ExitCodes.GRAPH : ExitCodes.BAD_INPUT;
            if (root.debug) {
                exception.printStackTrace(err);
            } else {
                LOG.debug("Command failed", exception);
            }
            err.flush();
            return code;
        });
        commandLine.setParameterExceptionHandler((ParameterException exception, String[] args) -> {
            CommandLine line = exception.getCommandLine();
            PrintWriter err = line.getErr();
            err.println("textmfa: " + exception.getMessage());
            err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        return commandLine;
    }

    /** One sentence for the user. */
    static String describe(Throwable exception) {
        Throwable e = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
        if (e instanceof SnapshotFormatException || e instanceof UserInputException || e instanceof GraphFailure) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder.";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied.";
        }
        if (e instanceof IOException) {
            return e.getMessage() == null ? "input/output error (" + e.getClass().getSimpleName() + ")." : e.getMessage();
        }
        return "unexpected error: " + e + " (run with --debug for details).";
    }
}
