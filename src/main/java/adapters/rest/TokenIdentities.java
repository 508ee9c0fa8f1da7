package adapters.rest;

import domain.shared.InputLimits;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token's subject is the user's id everywhere (subscriptions, wallets, idempotency scopes), so a
 * token whose subject no user could have is refused as a credential (401) before anything uses it: missing,
 * blank, longer than {@link #MAX_SUBJECT_LENGTH}, or holding control characters.
 */
@ApplicationScoped
public class TokenIdentities implements SecurityIdentityAugmentor {
    static final int MAX_SUBJECT_LENGTH = 128;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String subject = token.getSubject();
            if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH
                    || InputLimits.textProblem(subject) != null || subject.chars().anyMatch(Character::isWhitespace)) {
                return Uni.createFrom().failure(new AuthenticationFailedException(
                        "the token's subject must be 1 to " + MAX_SUBJECT_LENGTH + " characters without spaces or control characters"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
