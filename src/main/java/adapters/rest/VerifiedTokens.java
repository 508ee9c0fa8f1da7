package adapters.rest;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Remembers tokens whose RS256 signature was already verified. A mobile app sends the same token
 * with every request, and checking the signature costs more CPU than serving a typical read. An
 * entry lives until the token expires, and at most five minutes, so a revoked signing key stops
 * working within that time; the cache is keyed by the whole token, so no other token can match it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends JWTCallerPrincipalFactory {
    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final int MAX_ENTRIES = 20_000;

    private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(JWTCallerPrincipal principal, long until) { }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = System.nanoTime();
        Verified known = verified.get(token);
        if (known != null && now - known.until < 0 && !expired(known.principal)) return known.principal;
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (verified.size() >= MAX_ENTRIES) verified.clear(); // crude but bounded; refills from live traffic
        verified.put(token, new Verified(principal, now + MAX_AGE_NANOS));
        return principal;
    }

    private static boolean expired(JWTCallerPrincipal principal) {
        long exp = principal.getExpirationTime();
        return exp > 0 && exp <= System.currentTimeMillis() / 1000;
    }
}
