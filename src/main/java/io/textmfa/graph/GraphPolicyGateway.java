package io.textmfa.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmfa.policy.draft.PolicyGateway;
import io.textmfa.tenant.SmsConfigurationJson;
import io.textmfa.tenant.SmsMethodConfiguration;

import java.io.ByteArrayInputStream;

/**
 * The live SMS configuration over Microsoft Graph: GET and PATCH of
 * {@code /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/sms}; the PATCH body
 * carries {@code @odata.type}, as Graph requires. Needs Policy.ReadWrite.AuthenticationMethod to write.
 */
public final class GraphPolicyGateway implements PolicyGateway {
    static final String PATH = "/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/sms";
    private final GraphApi api;
    private final String tenantId;
    private final String fallbackActor;
    private String actor;

    public GraphPolicyGateway(GraphApi api, String tenantId, String fallbackActor) {
        this.api = api;
        this.tenantId = tenantId;
        this.fallbackActor = fallbackActor;
    }

    /** Connects in write mode (incremental consent for Policy.ReadWrite.AuthenticationMethod). */
    public static GraphPolicyGateway connect(ConnectionSettings settings, Credentials credentials, String tenantId)
            throws GraphFailure {
        ConnectionSettings write = settings.withWriteMode(true);
        GraphApi api = GraphApi.connect(write, credentials.create(write), GraphLimits.published());
        return new GraphPolicyGateway(api, tenantId == null ? settings.tenant() : tenantId,
                settings.authMethod().delegated() ? null : "app " + settings.clientId());
    }

    @Override
    public SmsMethodConfiguration read() throws Exception {
        byte[] body = api.get(PATH, GraphApi.Budget.UNITS, 1, (millis, told) -> { }, () -> false);
        return SmsConfigurationJson.read(new ByteArrayInputStream(body), "Graph " + PATH);
    }

    @Override
    public void write(SmsMethodConfiguration configuration) throws Exception {
        try {
            api.patch(PATH, SmsConfigurationJson.bytes(configuration), (millis, told) -> { }, () -> false);
        } catch (GraphCallException e) {
            String why = e.status() == 403 ? GraphPermissions.POLICY_WRITE + " not granted" : "HTTP " + e.status();
            throw new GraphFailure("Graph refused the PATCH (" + why + (e.code().isEmpty() ? "" : ", " + e.code()) + ": "
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public synchronized String actor() {
        if (actor == null) {
            actor = fallbackActor;
            if (actor == null) {
                try {
                    byte[] me = api.get("/me?$select=userPrincipalName", GraphApi.Budget.UNITS, 1, (m, t) -> { }, () -> false);
                    actor = new ObjectMapper().readTree(me).path("userPrincipalName").asText("signed-in user");
                } catch (Exception e) {
                    actor = "signed-in user";
                }
            }
        }
        return actor;
    }

    @Override
    public String tenantId() {
        return tenantId;
    }
}
