package contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adapters.rest.Fixtures;
import adapters.rest.TestTokens;
import client.gudok.ApiClient;
import client.gudok.ApiException;
import client.gudok.ApiResponse;
import client.gudok.api.AdminShopsApi;
import client.gudok.api.PartnerCatalogApi;
import client.gudok.api.PartnerFulfilmentApi;
import client.gudok.api.SubscriptionsApi;
import client.gudok.api.WalletApi;
import client.gudok.model.AddProduct;
import client.gudok.model.Address;
import client.gudok.model.Cancel;
import client.gudok.model.CancellationMode;
import client.gudok.model.Change;
import client.gudok.model.CreatePlan;
import client.gudok.model.Currency;
import client.gudok.model.Cycle;
import client.gudok.model.CycleType;
import client.gudok.model.DayOfWeek;
import client.gudok.model.DeliveryView;
import client.gudok.model.FundingKind;
import client.gudok.model.LinkSource;
import client.gudok.model.MoneyJson;
import client.gudok.model.Pause;
import client.gudok.model.PlanKind;
import client.gudok.model.PlanView;
import client.gudok.model.RegisterShop;
import client.gudok.model.RegisteredShopView;
import client.gudok.model.ReportShipment;
import client.gudok.model.Subscribe;
import client.gudok.model.SubscriptionView;
import client.gudok.model.TopUpRequest;
import client.gudok.model.TopUpView;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through, run with the Java client openapi-generator makes from the committed document
 * (at build time, as a partner or an app developer would): if the document lied about a status, a body or
 * a credential, the generated client would fail here.
 */
@QuarkusTest
class GeneratedClientWalkThroughTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void theWalkThroughRunsWithTheGeneratedClient() throws Exception {
        ApiClient admin = client("Authorization", "Bearer " + TestTokens.admin());
        ApiClient alice = client("Authorization", "Bearer " + TestTokens.newUser());

        // an admin registers a shop; the answer holds its API key, shown once
        ApiResponse<RegisteredShopView> registered = new AdminShopsApi(admin)
                .registerShopWithHttpInfo(new RegisterShop().name("Jeju Water"), UUID.randomUUID().toString());
        assertThat(registered.getStatusCode()).isEqualTo(201);
        assertThat(registered.getHeaders().get("location")).singleElement().asString().endsWith(registered.getData().getId().toString());
        ApiClient shop = client("X-Api-Key", registered.getData().getApiKey());

        // the shop adds a product and a plan: every 2 weeks on today's weekday (Seoul), 9,900 won per delivery
        LocalDate today = LocalDate.now(SEOUL);
        var catalog = new PartnerCatalogApi(shop);
        UUID product = catalog.createProduct(new AddProduct().name("Jeju water 2L x 6").unitPrice(won(9900)), null).getId();
        PlanView plan = catalog.createPlan(new CreatePlan().productId(product).name("Water every 2 weeks").kind(PlanKind.REGULAR_DELIVERY)
                .price(won(9900)).cycle(new Cycle().type(CycleType.WEEKLY).everyWeeks(2)
                        .dayOfWeek(DayOfWeek.fromValue(today.getDayOfWeek().name()))), null);

        // alice links a card and tops up her wallet
        var wallet = new WalletApi(alice);
        UUID card = wallet.linkFundingSource(new LinkSource().kind(FundingKind.CARD).number("4242424242424242"), null).getId();
        ApiResponse<TopUpView> topUp = wallet.topUpWalletWithHttpInfo(new TopUpRequest().fundingSourceId(card).amount(won(50_000)),
                UUID.randomUUID().toString());
        assertThat(topUp.getStatusCode()).isEqualTo(201);
        assertThat(topUp.getData().getStatus()).isEqualTo("SUCCEEDED");

        // alice subscribes from today and sees her upcoming deliveries
        var subscriptions = new SubscriptionsApi(alice);
        ApiResponse<SubscriptionView> subscribed = subscriptions.subscribeWithHttpInfo(new Subscribe().planId(plan.getId()).quantity(2)
                .startDate(today).address(new Address().recipient("Kim Minji").phone("010-1234-5678").line1("1 Pangyo-ro")
                        .postalCode("13529")), UUID.randomUUID().toString());
        assertThat(subscribed.getStatusCode()).isEqualTo(201);
        UUID subscription = subscribed.getData().getId();
        assertThat(subscriptions.listSubscriptionDeliveries(subscription, null, null, null).getItems()).hasSize(3);

        // today's delivery is due: within seconds it is paid from the wallet and handed to the shop
        var fulfilment = new PartnerFulfilmentApi(shop);
        var dispatched = new java.util.concurrent.atomic.AtomicReference<DeliveryView>();
        Fixtures.eventually(java.time.Duration.ofSeconds(30), () -> dispatched.set(dispatchedDelivery(fulfilment, subscription)));
        DeliveryView delivery = dispatched.get();

        // pause for three weeks, resume, skip the next delivery, change the quantity from the next cycle
        assertThat(subscriptions.pauseSubscription(subscription, new Pause().until(today.plusDays(21))).getState()).isEqualTo("PAUSED");
        assertThat(subscriptions.resumeSubscription(subscription).getState()).isEqualTo("ACTIVE");
        subscriptions.skipDelivery(subscription, null);
        subscriptions.changeSubscription(subscription, new Change().quantity(3));

        // the shop reports the shipment (retried under its Idempotency-Key: the same answer), then the arrival; alice sees it
        ReportShipment shipment = new ReportShipment().carrier("CJ Logistics").trackingNumber("6868-1234-5678");
        String shipKey = java.util.UUID.randomUUID().toString();
        DeliveryView shipped = fulfilment.reportShipment(delivery.getId(), shipment, shipKey);
        assertThat(shipped.getState()).isEqualTo("SHIPPED");
        assertThat(fulfilment.reportShipment(delivery.getId(), shipment, shipKey)).isEqualTo(shipped);
        assertThat(fulfilment.reportDelivered(delivery.getId(), null).getState()).isEqualTo("DELIVERED");
        List<DeliveryView> past = subscriptions.listSubscriptionDeliveries(subscription, null, null, "past").getItems();
        assertThat(past).extracting(DeliveryView::getState).contains("DELIVERED");

        // alice cancels at the end of the cycle
        SubscriptionView cancelled = subscriptions.cancelSubscription(subscription, new Cancel().mode(CancellationMode.END_OF_CYCLE));
        assertThat(cancelled.getCancellation().getMode()).isEqualTo(CancellationMode.END_OF_CYCLE);

        // errors arrive as the documented problems, and the wrong credential is refused
        assertThatThrownBy(() -> new PartnerCatalogApi(alice).listProducts(null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("https://gudok.io/problems/unauthorized");
                });
    }

    private static DeliveryView dispatchedDelivery(PartnerFulfilmentApi fulfilment, UUID subscription) {
        try {
            return fulfilment.listShopDeliveries(null, null, null, "DISPATCHED", null).getItems().stream()
                    .filter(d -> d.getSubscriptionId().equals(subscription)).findFirst()
                    .orElseThrow(() -> new AssertionError("today's delivery is not dispatched to the shop yet"));
        } catch (ApiException e) {
            throw new IllegalStateException("listing the shop's deliveries failed: " + e.getCode(), e);
        }
    }

    private static MoneyJson won(long amount) {
        return new MoneyJson().amount(BigDecimal.valueOf(amount)).currency(Currency.KRW);
    }

    private static ApiClient client(String header, String value) {
        ApiClient client = new ApiClient();
        client.setScheme("http").setHost("localhost").setPort(RestAssured.port).setBasePath("");
        client.setRequestInterceptor(request -> request.header(header, value));
        return client;
    }
}
