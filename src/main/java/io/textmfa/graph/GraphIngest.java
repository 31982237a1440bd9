package io.textmfa.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.policy.SmsScope;
import io.textmfa.policy.SmsScopeResolver;
import io.textmfa.tenant.AuthenticationMethodsPolicy;
import io.textmfa.tenant.ExcludeTarget;
import io.textmfa.tenant.Group;
import io.textmfa.tenant.GraphPageReader;
import io.textmfa.tenant.IncludeTarget;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.SnapshotSource;
import io.textmfa.tenant.SourceState;
import io.textmfa.tenant.SourceStatus;
import io.textmfa.tenant.SubscribedSku;
import io.textmfa.tenant.TargetType;
import io.textmfa.tenant.Tenant;
import io.textmfa.tenant.TenantCollection;
import io.textmfa.tenant.TenantSnapshot;
import io.textmfa.tenant.User;
import io.textmfa.tenant.UserRegistrationDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Reads a tenant over Microsoft Graph into a {@link TenantSnapshot}. Independent sources run at the
 * same time (subscribed SKUs, users, the policy, registration details); then the members of every
 * group the SMS policy names; then, by {@code $batch}, the phone methods of the users who need them.
 * Every collection ends with its true state; a collection that could not be read is never zero.
 */
public final class GraphIngest {
    static final String USER_FIELDS = "id,displayName,userPrincipalName,accountEnabled,userType,usageLocation,country,"
            + "mobilePhone,assignedLicenses";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Page and batch sizes. */
    public record Options(int pageSize, int batchSize) {
        public static Options defaults() {
            return new Options(999, 20);
        }
    }

    private final GraphApi api;
    private final Options options;
    private final IngestListener listener;
    private final Clock clock;

    public GraphIngest(GraphApi api, Options options, IngestListener listener, Clock clock) {
        this.api = api;
        this.options = options;
        this.listener = listener;
        this.clock = clock;
    }

    private record Read<T>(T value, SourceState state) {
    }

    /** Reads the tenant; {@code tenantHint} names it when the organization cannot be read. */
    public TenantSnapshot run(String tenantHint, BooleanSupplier cancelled) throws GraphFailure, InterruptedException {
        AtomicInteger count = new AtomicInteger();
        ExecutorService sources = Executors.newFixedThreadPool(5, r -> daemon(r, "graph-source-" + count.incrementAndGet()));
        ExecutorService batches = Executors.newFixedThreadPool(4, r -> daemon(r, "graph-batch-" + count.incrementAndGet()));
        try {
            Future<Tenant> tenant = sources.submit(() -> tenant(tenantHint, cancelled));
            Future<Read<List<SubscribedSku>>> skus = sources.submit(() -> skus(cancelled));
            Future<Read<List<User>>> users = sources.submit(() -> users(cancelled));
            Future<Read<AuthenticationMethodsPolicy>> policy = sources.submit(() -> policy(cancelled));
            Future<Read<List<UserRegistrationDetails>>> registrations = sources.submit(() -> registrations(cancelled));
            Read<AuthenticationMethodsPolicy> policyRead = await(policy);
            Future<Read<List<Group>>> groups = sources.submit(() -> groups(policyRead.value(), cancelled));
            Read<List<User>> usersRead = await(users);
            Read<List<Group>> groupsRead = await(groups);

            Map<TenantCollection, SourceState> states = new EnumMap<>(TenantCollection.class);
            states.put(TenantCollection.USERS, usersRead.state());
            states.put(TenantCollection.AUTHENTICATION_METHODS_POLICY, policyRead.state());
            states.put(TenantCollection.GROUPS, groupsRead.state());
            // Phone methods of users in SMS scope start now, while the (slowly paced) registration report is read.
            SourceTracker phoneTracker = new SourceTracker(TenantCollection.PHONE_METHODS, listener);
            PhoneMethodBatches phoneReader = new PhoneMethodBatches(api, options.batchSize(), batches);
            boolean scopeKnown = policyRead.state().state().isComplete() && policyGroupsRead(groupsRead.state());
            Set<String> inScope = new LinkedHashSet<>();
            if (scopeKnown) {
                TenantSnapshot scoped = new TenantSnapshot(null, SnapshotSource.GRAPH, new Tenant(null, tenantHint, null),
                        List.of(), usersRead.value(), groupsRead.value(), Map.of(), List.of(), policyRead.value(), states);
                SmsScope scope = SmsScopeResolver.resolve(scoped);
                usersRead.value().stream().map(User::id).filter(scope::contains).forEach(inScope::add);
            }
            Future<PhoneMethodBatches.Result> scopePhones = sources.submit(() ->
                    phoneReader.read(new ArrayList<>(inScope), phoneTracker, cancelled));
            Read<List<UserRegistrationDetails>> registrationsRead = await(registrations);
            states.put(TenantCollection.USER_REGISTRATION_DETAILS, registrationsRead.state());
            List<String> others = otherPhoneUsers(usersRead.value(), registrationsRead, scopeKnown, inScope);
            PhoneMethodBatches.Result first = await(scopePhones);
            PhoneMethodBatches.Result second = phoneReader.read(others, phoneTracker, cancelled);
            SourceState phoneState = PhoneMethodBatches.combine(first, second, inScope.size() + others.size());
            phoneTracker.done(phoneState);
            Map<String, List<PhoneMethod>> phones = new HashMap<>(first.methods());
            phones.putAll(second.methods());
            Read<List<SubscribedSku>> skusRead = await(skus);
            states.put(TenantCollection.PHONE_METHODS, phoneState);
            states.put(TenantCollection.SUBSCRIBED_SKUS, skusRead.state());
            return new TenantSnapshot(Instant.now(clock), SnapshotSource.GRAPH, await(tenant), skusRead.value(),
                    usersRead.value(), groupsRead.value(), phones, registrationsRead.value(), policyRead.value(), states);
        } finally {
            sources.shutdownNow();
            batches.shutdownNow();
        }
    }

    private Tenant tenant(String hint, BooleanSupplier cancelled) throws GraphFailure, InterruptedException {
        try {
            byte[] body = api.get("/organization?$select=id,displayName,verifiedDomains", GraphApi.Budget.UNITS, 1,
                    (millis, told) -> { }, cancelled);
            JsonNode org = JSON.readTree(body).path("value").path(0);
            String domain = null;
            for (JsonNode verified : org.path("verifiedDomains")) {
                if (verified.path("isDefault").asBoolean()) {
                    domain = verified.path("name").asText(null);
                }
            }
            String name = org.path("displayName").asText(hint);
            return new Tenant(org.path("id").asText(null), name.isBlank() ? hint : name, domain);
        } catch (GraphCallException | IOException e) {
            return new Tenant(null, hint, null);
        }
    }

    private Read<List<SubscribedSku>> skus(BooleanSupplier cancelled) throws GraphFailure, InterruptedException {
        SourceTracker tracker = new SourceTracker(TenantCollection.SUBSCRIBED_SKUS, listener);
        PageWalk.Result<SubscribedSku> result = new PageWalk<>(api, GraphApi.Budget.UNITS, 3,
                PageWalk.parser(GraphPageReader::subscribedSkus), SubscribedSku::skuId, TenantCollection.SUBSCRIBED_SKUS)
                .walk("/subscribedSkus", tracker, cancelled);
        tracker.done(result.state());
        return new Read<>(result.items(), result.state());
    }

    private Read<List<User>> users(BooleanSupplier cancelled) throws GraphFailure, InterruptedException {
        SourceTracker tracker = new SourceTracker(TenantCollection.USERS, listener);
        PageWalk.Result<User> result = new PageWalk<>(api, GraphApi.Budget.UNITS, 1, PageWalk.parser(GraphPageReader::users),
                User::id, TenantCollection.USERS)
                .walk("/users?$select=" + USER_FIELDS + "&$top=" + options.pageSize(), tracker, cancelled);
        tracker.done(result.state());
        return new Read<>(result.items(), result.state());
    }

    private Read<List<UserRegistrationDetails>> registrations(BooleanSupplier cancelled)
            throws GraphFailure, InterruptedException {
        SourceTracker tracker = new SourceTracker(TenantCollection.USER_REGISTRATION_DETAILS, listener);
        PageWalk.Result<UserRegistrationDetails> result = new PageWalk<>(api, GraphApi.Budget.REPORTS, 1,
                PageWalk.parser(GraphPageReader::registrationDetails), UserRegistrationDetails::id,
                TenantCollection.USER_REGISTRATION_DETAILS)
                .walk("/reports/authenticationMethods/userRegistrationDetails?$top=" + options.pageSize(), tracker, cancelled);
        tracker.done(result.state());
        return new Read<>(result.items(), result.state());
    }

    private Read<AuthenticationMethodsPolicy> policy(BooleanSupplier cancelled) throws GraphFailure, InterruptedException {
        SourceTracker tracker = new SourceTracker(TenantCollection.AUTHENTICATION_METHODS_POLICY, listener);
        try {
            byte[] body = api.get("/policies/authenticationMethodsPolicy", GraphApi.Budget.UNITS, 1, tracker, cancelled);
            AuthenticationMethodsPolicy policy = GraphPageReader.policy(new ByteArrayInputStream(body),
                    "Graph /policies/authenticationMethodsPolicy");
            tracker.page(policy.sms() == null ? 0 : 1);
            tracker.done(SourceState.COMPLETE);
            return new Read<>(policy, SourceState.COMPLETE);
        } catch (GraphCallException e) {
            SourceState state = SourceStates.fromError(TenantCollection.AUTHENTICATION_METHODS_POLICY, e, 0);
            tracker.done(state);
            return new Read<>(null, state);
        } catch (IOException e) {
            SourceState state = new SourceState(SourceStatus.PARTIAL, e.getMessage());
            tracker.done(state);
            return new Read<>(null, state);
        }
    }

    /** The groups the SMS policy names, with transitive members; a group Graph does not know is left out. */
    private Read<List<Group>> groups(AuthenticationMethodsPolicy policy, BooleanSupplier cancelled)
            throws GraphFailure, InterruptedException {
        SourceTracker tracker = new SourceTracker(TenantCollection.GROUPS, listener);
        Set<String> ids = new LinkedHashSet<>();
        if (policy != null && policy.sms() != null) {
            for (IncludeTarget target : policy.sms().includeTargets()) {
                if (target.targetType() == TargetType.GROUP && !target.isAllUsers()) {
                    ids.add(target.id());
                }
            }
            for (ExcludeTarget target : policy.sms().excludeTargets()) {
                if (target.targetType() == TargetType.GROUP) {
                    ids.add(target.id());
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        // Only the groups the policy names are read: honest as "partial", while the scope they give is complete.
        SourceState state = policy == null
                ? new SourceState(SourceStatus.NOT_REQUESTED, "the SMS policy could not be read, so its groups are unknown")
                : new SourceState(SourceStatus.PARTIAL, "the groups the SMS policy names, with their transitive members;"
                        + " other groups were not read");
        for (String id : ids) {
            try {
                byte[] body = api.get("/groups/" + id + "?$select=id,displayName", GraphApi.Budget.UNITS, 1, tracker, cancelled);
                String name = JSON.readTree(body).path("displayName").asText(id);
                PageWalk.Result<String> members = new PageWalk<>(api, GraphApi.Budget.UNITS, 1,
                        PageWalk.parser(GraphPageReader::ids), member -> member, TenantCollection.GROUPS)
                        .walk("/groups/" + id + "/transitiveMembers/graph.user?$select=id&$top=" + options.pageSize(),
                                tracker, cancelled);
                groups.add(new Group(id, name, members.items()));
                if (!members.state().state().isComplete()) {
                    state = members.state();
                }
            } catch (GraphCallException e) {
                if (e.status() == 404) {
                    continue;
                }
                state = SourceStates.fromError(TenantCollection.GROUPS, e, groups.size());
                if (e.status() == 403) {
                    break;
                }
            } catch (IOException e) {
                state = new SourceState(SourceStatus.PARTIAL, e.getMessage());
            }
        }
        tracker.done(state);
        return new Read<>(groups, state);
    }

    /**
     * Users beyond the SMS scope whose phone methods are needed: those with a phone registered; everyone
     * when the registration details or the scope are not known.
     */
    private static List<String> otherPhoneUsers(List<User> users, Read<List<UserRegistrationDetails>> registrations,
                                                boolean scopeKnown, Set<String> inScope) {
        List<String> others = new ArrayList<>();
        if (scopeKnown && registrations.state().state().isComplete()) {
            Set<String> registered = new HashSet<>();
            for (UserRegistrationDetails details : registrations.value()) {
                if (details.hasPhoneMethod()) {
                    registered.add(details.id());
                }
            }
            users.stream().map(User::id).filter(id -> registered.contains(id) && !inScope.contains(id)).forEach(others::add);
        } else {
            users.stream().map(User::id).filter(id -> !inScope.contains(id)).forEach(others::add);
        }
        return others;
    }

    /** True when every group the policy names was read (the state is partial only because other groups were not). */
    public static boolean policyGroupsRead(SourceState state) {
        return state.state().isComplete()
                || state.state() == SourceStatus.PARTIAL && state.detail() != null && state.detail().startsWith("the groups the SMS policy names");
    }

    private static <T> T await(Future<T> future) throws GraphFailure, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GraphFailure failure) {
                throw failure;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new GraphFailure("Reading the tenant failed unexpectedly: " + cause, cause);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** For callers that run the ingest as a task. */
    public Callable<TenantSnapshot> asTask(String tenantHint, BooleanSupplier cancelled) {
        return () -> run(tenantHint, cancelled);
    }
}
