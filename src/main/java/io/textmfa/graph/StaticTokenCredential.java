package io.textmfa.graph;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import reactor.core.publisher.Mono;

import java.time.OffsetDateTime;

/** A ready access token (for example from {@code az account get-access-token}) as a credential. */
final class StaticTokenCredential implements TokenCredential {
    private final String token;

    StaticTokenCredential(String token) {
        this.token = token;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1)));
    }

    @Override
    public String toString() {
        return "StaticTokenCredential[token hidden]";
    }
}
