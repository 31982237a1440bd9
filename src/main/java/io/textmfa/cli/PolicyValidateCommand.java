package io.textmfa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.graph.GraphFailure;
import io.textmfa.policy.Severity;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code textmfa policy validate --draft FILE}: errors and warnings of a draft against the tenant. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate a draft SMS configuration (policy file).")
public class PolicyValidateCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Option(names = "--draft", paramLabel = "FILE", required = true, description = "The draft: a policy file (Graph PATCH body).")
    Path draft;

    @Option(names = "--ruleset", paramLabel = "ID", defaultValue = "text-mfa", description = "Licence ruleset for the checks (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @Option(names = "--fail-on", paramLabel = "errors", description = "Exit 1 when the draft has errors.")
    String failOn;

    @Override
    public Integer call() throws IOException, GraphFailure {
        PolicyReview review = review(spec, source, draft, ruleset, failOn);
        output.emit(spec.commandLine().getOut(), out -> {
            if (output.format() == OutputOptions.Format.json) {
                out.println(JSON.writeValueAsString(findingsJson(review)));
            } else {
                review.findings().forEach(f -> out.println((f.severity() == Severity.ERROR ? "error: " : "warning: ") + f.sentence()));
                if (review.findings().isEmpty()) {
                    out.println("The draft is valid.");
                }
            }
        });
        return failOn != null && review.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static PolicyReview review(CommandSpec spec, SourceOptions source, Path draft, String ruleset, String failOn)
            throws IOException, GraphFailure {
        if (failOn != null && !"errors".equals(failOn)) {
            throw new UserInputException("--fail-on " + failOn + " is not supported here; use --fail-on errors.");
        }
        var chosen = PolicyDrafts.ruleset(ruleset);
        var configuration = PolicyDrafts.read(draft);
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        return PolicyReview.of(snapshot, configuration, chosen);
    }

    /** As {@link #review(CommandSpec, SourceOptions, Path, String, String)}, against {@code base} instead of the tenant's configuration. */
    static PolicyReview review(CommandSpec spec, SourceOptions source, io.textmfa.tenant.SmsMethodConfiguration base, Path draft,
                               String ruleset, String failOn) throws IOException, GraphFailure {
        if (failOn != null && !"errors".equals(failOn)) {
            throw new UserInputException("--fail-on " + failOn + " is not supported here; use --fail-on errors.");
        }
        var chosen = PolicyDrafts.ruleset(ruleset);
        var configuration = PolicyDrafts.read(draft);
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        return PolicyReview.of(snapshot, base, configuration, chosen);
    }

    static ObjectNode findingsJson(PolicyReview review) {
        ObjectNode root = JSON.createObjectNode();
        review.sentences(Severity.ERROR).forEach(root.putArray("errors")::add);
        review.sentences(Severity.WARNING).forEach(root.putArray("warnings")::add);
        return root;
    }
}
