package adapters.rest;

import domain.catalog.ManageApiKeysUseCase;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Partner shops authenticate with one of their API keys, in the X-Api-Key header. Only resources marked
 * {@code @HttpAuthenticationMechanism(SCHEME)} ask this mechanism, and they ask no other: a bearer token
 * proves nothing on a partner path, and an API key nothing on a user's or an admin's.
 */
public final class ApiKeyAuthentication {
    public static final String HEADER = "X-Api-Key";
    /** The name resources select this mechanism by. */
    public static final String SCHEME = "ApiKey";
    /** The challenge of a 401 on a partner path. */
    public static final String CHALLENGE = SCHEME + " header=\"" + HEADER + "\"";

    private ApiKeyAuthentication() { }

    public static final class Request extends BaseAuthenticationRequest {
        final String apiKey;

        Request(String apiKey) {
            this.apiKey = apiKey;
        }
    }

    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {
        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
            String apiKey = context.request().getHeader(HEADER);
            if (apiKey == null) return Uni.createFrom().nullItem();
            return identities.authenticate(new Request(apiKey));
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
        }

        @Override
        public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
            return Set.of(Request.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER, SCHEME));
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {
        private final ManageApiKeysUseCase shops;

        Provider(ManageApiKeysUseCase shops) {
            this.shops = shops;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> Transactions.inNew(() -> shops.authenticate(request.apiKey))
                    .<SecurityIdentity>map(key -> QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(key.shop().toString()))
                            .addRole(Caller.PARTNER)
                            .build())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown API key")));
        }
    }
}
