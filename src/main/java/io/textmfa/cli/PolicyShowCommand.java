package io.textmfa.cli;

import io.textmfa.graph.GraphFailure;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.SmsConfigurationJson;
import io.textmfa.tenant.SmsMethodConfiguration;
import io.textmfa.tenant.TenantSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code textmfa policy show}: the current SMS configuration, readable or as its Graph JSON (a policy file). */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show the SMS method configuration (--format json prints it as a policy file).")
public class PolicyShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException, GraphFailure {
        TenantSnapshot snapshot = source.load(spec.commandLine().getErr());
        SmsMethodConfiguration sms = PolicyDrafts.current(snapshot);
        if (sms == null) {
            throw new UserInputException("The tenant's authentication methods policy holds no SMS configuration"
                    + " (state of the policy source: " + snapshot.sourceState(io.textmfa.tenant.TenantCollection
                    .AUTHENTICATION_METHODS_POLICY).state().jsonName() + ").");
        }
        Map<String, String> names = PolicyDrafts.groupNames(snapshot);
        output.emit(spec.commandLine().getOut(), out -> {
            if (output.format() == OutputOptions.Format.json) {
                out.print(new String(SmsConfigurationJson.bytes(sms), StandardCharsets.UTF_8));
                return;
            }
            out.printf("SMS method: %s (tenant %s)%n", sms.state(), snapshot.tenant().displayName());
            for (IncludeTarget target : sms.includeTargets()) {
                out.printf("  include %-60s %s%n", label(target.id(), target.targetType().graphName(), names),
                        target.isUsableForSignIn() ? "SMS sign-in" : "");
            }
            for (ExcludeTarget target : sms.excludeTargets()) {
                out.printf("  exclude %s%n", label(target.id(), target.targetType().graphName(), names));
            }
        });
        return ExitCodes.OK;
    }

    static String label(String id, String type, Map<String, String> names) {
        if (IncludeTarget.ALL_USERS.equals(id)) {
            return "All users";
        }
        String name = names.get(id);
        return type + " " + (name == null ? id + " (not in the snapshot)" : name + " (" + id + ")");
    }
}
