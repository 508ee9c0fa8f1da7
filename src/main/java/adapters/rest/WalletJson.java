package adapters.rest;

import domain.shared.Money;
import domain.shared.Validation;
import domain.wallet.FundingKind;
import domain.wallet.FundingSource;
import domain.wallet.Payment;
import domain.wallet.Refund;
import domain.wallet.TopUp;
import domain.wallet.Wallet;
import domain.wallet.WalletMovement;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the wallet API. */
public final class WalletJson {
    private WalletJson() { }

    public record LinkSource(@Schema(required = true) FundingKind kind,
                             @Schema(required = true, pattern = "^[0-9]{8,19}$", description = "Card or account number, digits only") String number) { }

    public record TopUpRequest(@Schema(required = true) UUID fundingSourceId, @Schema(required = true) Requests.MoneyJson amount) { }

    public record PayRequest(@Schema(required = true) UUID shopId, @Schema(required = true) Requests.MoneyJson amount,
                             @Schema(maxLength = 200) String reference) { }

    public record RefundRequest(@Schema(required = true) Requests.MoneyJson amount, @Schema(maxLength = 200) String reason) { }

    public record AutoTopUpRequest(@Schema(required = true) Requests.MoneyJson amount) { }

    public record CommissionRequest(@Schema(required = true, minimum = "0", maximum = "10000", description = "1000 = 10 %") Integer basisPoints) { }

    /** A required amount of won, checked exactly: fractions, other currencies and overflow are refused by field. */
    static long amount(Requests.MoneyJson money) {
        Validation validation = new Validation();
        Money parsed = null;
        if (validation.present(money, "amount")) parsed = Money.parse(money.amount(), money.currencyCode(), "amount", validation);
        validation.throwIfInvalid();
        return parsed.amount();
    }
}
