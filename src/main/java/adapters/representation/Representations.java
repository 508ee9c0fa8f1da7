package adapters.representation;

import domain.account.AccountClosure;
import domain.catalog.Plan;
import domain.catalog.Product;
import domain.catalog.Shop;
import domain.delivery.Delivery;
import domain.subscription.Subscription;
import domain.wallet.Payment;
import domain.wallet.Refund;
import domain.wallet.TopUp;

/**
 * A domain resource's public representation, for whoever shows it outside the REST answers (events carry it
 * as their data). Subscriptions and deliveries are shown as their subscriber sees them; a delivery's shop sees
 * the same fields, the address it ships to included.
 */
public final class Representations {
    private Representations() { }

    public static Object of(Object resource) {
        if (resource instanceof Subscription s) return Views.SubscriptionView.of(s);
        if (resource instanceof Delivery d) return Views.DeliveryView.of(d);
        if (resource instanceof Payment p) return WalletViews.PaymentView.of(p);
        if (resource instanceof TopUp t) return WalletViews.TopUpView.of(t);
        if (resource instanceof Refund r) return WalletViews.RefundView.of(r);
        if (resource instanceof Plan p) return Views.PlanView.of(p);
        if (resource instanceof Product p) return Views.ProductView.of(p);
        if (resource instanceof Shop s) return Views.ShopView.of(s);
        if (resource instanceof AccountClosure c) return AccountClosedView.of(c);
        if (resource instanceof domain.classification.Filter f) return ClassificationViews.FilterView.of(f);
        if (resource instanceof domain.classification.ItemMatches m) return ClassificationViews.ItemMatchesView.of(m);
        if (resource instanceof domain.webhook.WebhookEndpoint e) return WebhookViews.WebhookEndpointView.of(e, e.updatedAt());
        throw new IllegalArgumentException("no public representation for " + resource.getClass().getName());
    }
}
