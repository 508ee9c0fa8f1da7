package adapters.rest;

import domain.catalog.ShopId;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: an app user or an admin (the bearer token's subject, checked by {@link TokenIdentities})
 * or a partner shop (its API key).
 */
@RequestScoped
public class Caller {
    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    /** The name resources select the bearer-token mechanism (smallrye-jwt) by. */
    public static final String BEARER = "Bearer";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String userId() {
        return token.getSubject();
    }

    public ShopId shop() {
        return new ShopId(UUID.fromString(identity.getPrincipal().getName()));
    }

    /** The scope of an Idempotency-Key: keys of different callers never collide. */
    public String idempotencyScope() {
        return identity.hasRole(PARTNER) ? "shop:" + identity.getPrincipal().getName() : "user:" + userId();
    }
}
