package io.textmfa.tenant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code authenticationMethodsPolicy} in Graph's shape, keeping the SMS configuration in full. */
final class PolicyJsonReader {
    private PolicyJsonReader() {
    }

    static AuthenticationMethodsPolicy policy(JsonCursor c) throws IOException {
        if (!c.startObject()) {
            return null;
        }
        String migrationState = null;
        SmsMethodConfiguration sms = null;
        List<MethodConfiguration> others = new ArrayList<>();
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "policyMigrationState" -> migrationState = c.text();
                case "authenticationMethodConfigurations" -> {
                    if (!c.startArray()) {
                        continue;
                    }
                    while (c.nextElement()) {
                        if (!c.startObject()) {
                            continue;
                        }
                        Object configuration = configuration(c);
                        if (configuration instanceof SmsMethodConfiguration smsConfiguration) {
                            sms = smsConfiguration;
                        } else {
                            others.add((MethodConfiguration) configuration);
                        }
                    }
                }
                default -> c.skip();
            }
        }
        return new AuthenticationMethodsPolicy(migrationState, sms, others);
    }

    /** One method configuration: the SMS one as {@link SmsMethodConfiguration}, any other as {@link MethodConfiguration}. */
    static Object configuration(JsonCursor c) throws IOException {
        String odataType = null;
        String id = null;
        String state = null;
        List<IncludeTarget> includes = List.of();
        List<ExcludeTarget> excludes = List.of();
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "@odata.type" -> odataType = c.text();
                case "id" -> id = c.text();
                case "state" -> state = c.text();
                case "includeTargets" -> includes = includeTargets(c);
                case "excludeTargets" -> excludes = excludeTargets(c);
                default -> c.skip();
            }
        }
        boolean isSms = SmsMethodConfiguration.ODATA_TYPE.equalsIgnoreCase(odataType)
                || (odataType == null && "sms".equalsIgnoreCase(id));
        if (isSms) {
            return new SmsMethodConfiguration(id, state, includes, excludes);
        }
        return new MethodConfiguration(odataType, id, state);
    }

    private static List<IncludeTarget> includeTargets(JsonCursor c) throws IOException {
        List<IncludeTarget> targets = new ArrayList<>();
        if (!c.startArray()) {
            return targets;
        }
        while (c.nextElement()) {
            if (!c.startObject()) {
                continue;
            }
            String at = c.path();
            TargetType type = null;
            String id = null;
            boolean signIn = false;
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "targetType" -> type = targetType(c, at);
                    case "id" -> id = c.text();
                    case "isUsableForSignIn" -> signIn = c.bool(false);
                    default -> c.skip();
                }
            }
            targets.add(new IncludeTarget(type == null ? TargetType.GROUP : type, requireId(c, at, id), signIn));
        }
        return targets;
    }

    private static List<ExcludeTarget> excludeTargets(JsonCursor c) throws IOException {
        List<ExcludeTarget> targets = new ArrayList<>();
        if (!c.startArray()) {
            return targets;
        }
        while (c.nextElement()) {
            if (!c.startObject()) {
                continue;
            }
            String at = c.path();
            TargetType type = null;
            String id = null;
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "targetType" -> type = targetType(c, at);
                    case "id" -> id = c.text();
                    default -> c.skip();
                }
            }
            targets.add(new ExcludeTarget(type == null ? TargetType.GROUP : type, requireId(c, at, id)));
        }
        return targets;
    }

    private static TargetType targetType(JsonCursor c, String at) throws IOException {
        String text = c.text();
        TargetType type = TargetType.fromGraphName(text);
        if (type == null && text != null) {
            throw c.fail(at + ".targetType", at + ".targetType \"" + text + "\" is not group or user.");
        }
        return type;
    }

    private static String requireId(JsonCursor c, String at, String id) throws SnapshotFormatException {
        if (id == null || id.isBlank()) {
            throw c.fail(at + ".id", at + ".id is missing; every policy target names a group or user id.");
        }
        return id;
    }
}
