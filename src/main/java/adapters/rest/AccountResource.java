package adapters.rest;

import adapters.IdempotentRequests;
import adapters.representation.AccountClosedView;
import domain.account.CloseAccountUseCase;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A user's own account. */
@Path("/account")
@RolesAllowed(Caller.USER)
@HttpAuthenticationMechanism(Caller.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    private final CloseAccountUseCase closing;
    private final IdempotentRequests answers;
    private final Caller caller;

    AccountResource(CloseAccountUseCase closing, IdempotentRequests answers, Caller caller) {
        this.closing = closing;
        this.answers = answers;
        this.caller = caller;
    }

    /**
     * Closing again answers the first closure: a retry after a lost answer is safe. The answers kept for the
     * caller's Idempotency-Keys go too, since a subscription's holds its address.
     */
    @POST
    @Path("/close")
    @Transactional
    @Operation(operationId = "closeAccount", summary = "Close my account: erase my personal data, keep my payment records 5 years",
            description = "Refused (409) while a subscription is not CANCELLED or ENDED, a delivery is still on its way, the wallet"
                    + " holds money, or a top-up or its refund is still settling: cancel, wait, and refund the wallet first."
                    + " Then the delivery addresses of my subscriptions and deliveries are erased, my funding sources unlinked and"
                    + " their last digits erased, auto top-up turned off; payments, top-ups and refunds stay (Korean e-commerce"
                    + " law keeps records of payment 5 years) and can still be read. A closed account takes no new subscription,"
                    + " funding source or top-up (403 account-closed). Publishes account.closed, which tells every consumer of"
                    + " the platform's events to erase its copies. Closing again answers the first closure.")
    @APIResponse(responseCode = "200", description = "The account is closed (now, or already before)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountClosedView.class)))
    public AccountClosedView close() {
        AccountClosedView closed = AccountClosedView.of(closing.close(caller.userId()));
        answers.forgetScope(caller.idempotencyScope());
        return closed;
    }
}
