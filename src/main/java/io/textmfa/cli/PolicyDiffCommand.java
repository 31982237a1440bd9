package io.textmfa.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textmfa.graph.GraphFailure;
import io.textmfa.policy.Severity;
import io.textmfa.policy.draft.UserGroup;
import io.textmfa.policy.draft.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code textmfa policy diff --draft FILE [--base FILE]}: what changes if the draft replaces the current configuration
 * (or the base file, for example to compare two backups).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare a draft with the current SMS configuration (or --base): the diff, the what-if and the findings.")
public class PolicyDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Option(names = "--draft", paramLabel = "FILE", required = true, description = "The draft: a policy file (Graph PATCH body).")
    Path draft;

    @Option(names = "--base", paramLabel = "FILE",
            description = "Compare with this policy file (for example another backup) instead of the current configuration.")
    Path base;

    @Option(names = "--ruleset", paramLabel = "ID", defaultValue = "text-mfa", description = "Licence ruleset (default: ${DEFAULT-VALUE}).")
    String ruleset;

    @Option(names = "--fail-on", paramLabel = "errors", description = "Exit 1 when the draft has errors.")
    String failOn;

    @Option(names = "--users", description = "List the user ids of each what-if group in JSON.")
    boolean users;

    @Override
    public Integer call() throws IOException, GraphFailure {
        PolicyReview review = base == null ? PolicyValidateCommand.review(spec, source, draft, ruleset, failOn)
                : PolicyValidateCommand.review(spec, source, PolicyDrafts.read(base), draft, ruleset, failOn);
        output.emit(spec.commandLine().getOut(), out -> {
            if (output.format() == OutputOptions.Format.json) {
                out.println(PolicyValidateCommand.JSON.writeValueAsString(json(review)));
            } else {
                review.print(out);
            }
        });
        return failOn != null && review.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private ObjectNode json(PolicyReview review) {
        ObjectNode root = PolicyValidateCommand.JSON.createObjectNode();
        WhatIf w = review.whatIf();
        for (UserGroup group : List.of(w.gainMfa(), w.loseMfa(), w.gainSignIn(), w.loseSignIn(), w.unlicensedNewlyInScope(),
                w.phoneOnlyLosingMethod())) {
            root.put(group.name(), group.count());
        }
        ObjectNode detail = root.putObject("byCountry");
        for (UserGroup group : List.of(w.gainMfa(), w.loseMfa(), w.gainSignIn(), w.loseSignIn(), w.unlicensedNewlyInScope(),
                w.phoneOnlyLosingMethod())) {
            ObjectNode countries = detail.putObject(group.name());
            group.byCountry().forEach(countries::put);
            if (users) {
                ArrayNode ids = root.withArray(group.name() + "Users");
                group.userIds().forEach(ids::add);
            }
        }
        review.sentences(Severity.ERROR).forEach(root.putArray("errors")::add);
        review.sentences(Severity.WARNING).forEach(root.putArray("warnings")::add);
        review.diff().forEach(root.putArray("diff")::add);
        return root;
    }
}
