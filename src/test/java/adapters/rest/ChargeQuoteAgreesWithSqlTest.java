package adapters.rest;

import static adapters.rest.Fixtures.as;
import static adapters.rest.WalletFixtures.APPROVING_CARD;
import static adapters.rest.WalletFixtures.linkCard;
import static adapters.rest.WalletFixtures.topUp;
import static adapters.rest.WalletFixtures.won;
import static org.assertj.core.api.Assertions.assertThat;

import domain.billing.DueCharge;
import domain.billing.DueCharges;
import domain.catalog.ShopId;
import domain.shared.Money;
import domain.subscription.Subscription;
import domain.wallet.ChargeQuote;
import domain.wallet.Commission;
import domain.wallet.Payment;
import domain.wallet.Payments;
import domain.wallet.SettlementStatement;
import domain.wallet.Settlements;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Charge figures PostgreSQL works out itself, held to {@link ChargeQuote} over generated cases: a delivery's
 * amount, which billing reads from SQL (the plan's price, or a rental's monthly fee, times the quantity), and
 * the commission a settlement statement sums in SQL. Then real charges over REST: the payment, its ledger
 * lines and the auto top-up before it are what the quote says.
 */
@QuarkusTest
class ChargeQuoteAgreesWithSqlTest {
    private static final long SEED = 20_261_207L;
    /** Far from any billing horizon and any other test's days. */
    private static final LocalDate FAR_AHEAD = LocalDate.of(2999, 1, 1);
    private static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 1);

    @Inject
    Database database;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    DueCharges dueCharges;
    @Inject
    Payments payments;
    @Inject
    Settlements settlements;

    private final List<String> cleanUp = new ArrayList<>();

    @AfterEach
    void removeTheRowsWrittenStraightIntoTheDatabase() {
        for (int i = cleanUp.size() - 1; i >= 0; i--) database.execute(cleanUp.get(i));
        WalletFixtures.assertLedgerHolds(database);
    }

    record Delivered(UUID deliveryId, long price, int quantity) { }

    @Test
    void theAmountBillingReadsFromSqlIsTheQuotes() throws SQLException {
        Random random = new Random(SEED);
        UUID shop = UUID.fromString(Fixtures.shop().id());
        UUID product = UUID.randomUUID();
        execute("INSERT INTO products (id, shop_id, name, unit_price, currency, created_at) VALUES (?, ?, 'quoted', 0, 'KRW', now())",
                product, shop);
        cleanUp.add("DELETE FROM products WHERE id = '" + product + "'");
        cleanUp.add("DELETE FROM plans WHERE product_id = '" + product + "'");
        cleanUp.add("DELETE FROM subscriptions WHERE shop_id = '" + shop + "'");
        cleanUp.add("DELETE FROM subscription_prices WHERE plan_id IN (SELECT id FROM plans WHERE product_id = '" + product + "')");
        cleanUp.add("DELETE FROM deliveries WHERE shop_id = '" + shop + "'");

        List<Delivered> written = new ArrayList<>();
        long[] edges = {0, 1, 9_999, 10_001, Money.MAX_AMOUNT};
        for (int i = 0; i < 60; i++) {
            long price = i < edges.length ? edges[i] : i % 2 == 0 ? random.nextLong(100_000) : random.nextLong(Money.MAX_AMOUNT + 1);
            int quantity = i % 7 == 0 ? Subscription.MAX_QUANTITY : 1 + random.nextInt(Subscription.MAX_QUANTITY);
            written.add(new Delivered(writeDelivery(shop, product, i % 3 == 0, price, quantity, i % 2 == 0), price, quantity));
        }

        List<DueCharge> due = dueCharges.due(FAR_AHEAD, Integer.MAX_VALUE);
        for (Delivered delivered : written) {
            DueCharge charge = due.stream().filter(c -> c.deliveryId().equals(delivered.deliveryId())).findFirst()
                    .or(() -> dueCharges.pending(delivered.deliveryId())).orElseThrow();
            assertThat(charge.amount()).as("%d × %d", delivered.price(), delivered.quantity())
                    .isEqualTo(ChargeQuote.amountOf(delivered.price(), delivered.quantity()));
        }
    }

    @Test
    void theCommissionASettlementStatementSumsInSqlIsTheQuotes() {
        Random random = new Random(SEED + 1);
        ShopId shop = new ShopId(UUID.fromString(Fixtures.shop().id()));
        cleanUp.add("DELETE FROM payments WHERE shop_id = '" + shop.value() + "'");
        long[] edges = {1, 9_999, 10_000, 10_001, Money.MAX_AMOUNT};
        int[] edgeRates = {0, 1, 1_250, 9_999, Commission.WHOLE};
        List<Payment> made = new ArrayList<>();
        for (int day = 0; day < 150; day++) {
            long amount = day < edges.length ? edges[day] : day % 2 == 0 ? 1 + random.nextLong(100_000) : 1 + random.nextLong(Money.MAX_AMOUNT);
            Commission rate = new Commission(day < 25 ? edgeRates[day % edgeRates.length] : random.nextInt(Commission.WHOLE + 1));
            made.add(Payment.of("quoted-" + UUID.randomUUID(), shop, amount, rate, null, null, null, startOf(LONG_AGO.plusDays(day)).plusSeconds(3_600)));
        }
        payments.add(made);

        // One payment a day, so that each statement holds exactly one payment's commission.
        for (int day = 0; day < made.size(); day++) {
            Payment payment = made.get(day);
            LocalDate date = LONG_AGO.plusDays(day);
            SettlementStatement statement = settlements.statement(shop, date, date, startOf(date), startOf(date.plusDays(1)));
            ChargeQuote quote = ChargeQuote.of(payment.amount(), 1, payment.commission(), payment.amount(), null);
            assertThat(statement.commission()).as("%d at %d bp", payment.amount(), payment.commission().basisPoints())
                    .isEqualTo(quote.commission());
            assertThat(statement.net()).isEqualTo(quote.shopShare());
        }
    }

    record RealCharge(long price, int basisPoints, long balance, Long autoTopUp) { }

    @Test
    void aRealChargeBooksWhatItsQuoteSays() {
        List<RealCharge> charges = List.of(
                new RealCharge(10_001, 1_000, 20_000, null),     // commission 1,000.1 → 1,000
                new RealCharge(9_999, 1_250, 9_999, null),       // exactly enough; 1,249.875 → 1,249
                new RealCharge(21_000, 333, 3_000, 10_000L),     // two auto top-ups' worth
                new RealCharge(23_000, 500, 3_000, 10_000L),     // a shortfall of two exactly
                new RealCharge(1, Commission.WHOLE, 5, null),    // nothing for the shop
                new RealCharge(7, 0, 7, null),                   // nothing for gudok
                new RealCharge(5_000, 1_000, 4_999, null));      // one won short, auto top-up off: refused
        for (RealCharge c : charges) {
            ChargeQuote quote = ChargeQuote.of(c.price(), 1, new Commission(c.basisPoints()), c.balance(), c.autoTopUp());
            Fixtures.ShopAccess shop = Fixtures.shop();
            as(TestTokens.admin()).body(Map.of("basisPoints", c.basisPoints())).put("/admin/shops/" + shop.id() + "/commission")
                    .then().statusCode(200);
            String user = TestTokens.newUser();
            String userId = TestTokens.subjectOf(user);
            String card = linkCard(user, APPROVING_CARD);
            topUp(user, card, c.balance()).then().statusCode(201);
            if (c.autoTopUp() != null) as(user).body(Map.of("amount", won(c.autoTopUp()))).put("/wallet/auto-top-up").then().statusCode(200);

            var answer = as(user).body(Map.of("shopId", shop.id(), "amount", won(c.price()))).post("/wallet/payments");

            assertThat(database.count("SELECT coalesce(sum(amount), 0) FROM top_ups WHERE automatic AND user_id = '" + userId + "'"))
                    .as("%s: auto top-up", c).isEqualTo(quote.autoTopUp());
            if (!quote.covered() && quote.autoTopUp() == 0) {
                answer.then().statusCode(402);
                assertThat(database.count("SELECT count(*) FROM payments WHERE user_id = '" + userId + "'")).isZero();
                continue;
            }
            String payment = answer.then().statusCode(201).extract().path("id");
            assertThat(database.count("SELECT amount FROM payments WHERE id = '" + payment + "'")).as("%s: amount", c).isEqualTo(quote.amount());
            assertThat(database.count("SELECT commission_bp FROM payments WHERE id = '" + payment + "'")).isEqualTo(c.basisPoints());
            assertThat(line(payment, "WALLET", userId)).as("%s: wallet", c).isEqualTo(-quote.amount());
            assertThat(line(payment, "PARTNER_PAYABLE", shop.id())).as("%s: shop's share", c).isEqualTo(quote.shopShare());
            assertThat(line(payment, "PLATFORM_REVENUE", "")).as("%s: commission", c).isEqualTo(quote.commission());
        }
    }

    /** What the payment's journal entry books on one account. */
    private long line(String payment, String kind, String owner) {
        return database.count("""
                SELECT coalesce(sum(l.amount), 0) FROM journal_lines l
                JOIN journal_entries e ON e.id = l.entry_id JOIN ledger_accounts a ON a.id = l.account_id
                WHERE e.kind = 'PAYMENT' AND e.reference = '%s' AND a.kind = '%s' AND a.owner = '%s'""".formatted(payment, kind, owner));
    }

    /** A plan, a subscription and one delivery of it, straight into the tables: PAYMENT_PENDING, or SCHEDULED far ahead. */
    private UUID writeDelivery(UUID shop, UUID product, boolean rental, long price, int quantity, boolean pending) throws SQLException {
        UUID plan = UUID.randomUUID();
        UUID subscription = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        if (rental) {
            execute("""
                    INSERT INTO plans (id, shop_id, product_id, name, kind, currency, monthly_fee, commitment_months,
                                       early_termination_fee, status, created_at)
                    VALUES (?, ?, ?, 'quoted rental', 'RENTAL', 'KRW', ?, 12, 0, 'ACTIVE', now())""", plan, shop, product, price);
        } else {
            execute("""
                    INSERT INTO plans (id, shop_id, product_id, name, kind, price, currency, cycle_type, every_weeks, day_of_week,
                                       status, created_at)
                    VALUES (?, ?, ?, 'quoted', 'REGULAR_DELIVERY', ?, 'KRW', 'WEEKLY', 1, 'MONDAY', 'ACTIVE', now())""",
                    plan, shop, product, price);
        }
        execute("""
                INSERT INTO subscriptions (id, user_id, shop_id, plan_id, kind, quantity, recipient, phone, address_line1, postal_code,
                                           start_date, state, schedule_anchor, anchor_cycle, commitment_ends_on, created_at, version)
                VALUES (?, 'quoted', ?, ?, ?, ?, 'Kim', '010-1234-5678', 'Seoul 1', '04524', ?, 'ACTIVE', ?, 0, ?, now(), 0)""",
                subscription, shop, plan, rental ? "RENTAL" : "REGULAR_DELIVERY", quantity, FAR_AHEAD, FAR_AHEAD,
                rental ? FAR_AHEAD.plusYears(1) : null);
        execute("INSERT INTO subscription_prices (subscription_id, plan_id, price) VALUES (?, ?, ?)", subscription, plan, price);
        execute("""
                INSERT INTO deliveries (id, subscription_id, user_id, shop_id, plan_id, cycle_number, original_date, delivery_date,
                                        quantity, recipient, phone, address_line1, postal_code, state, version)
                VALUES (?, ?, 'quoted', ?, ?, 0, ?, ?, ?, 'Kim', '010-1234-5678', 'Seoul 1', '04524', ?, 0)""",
                delivery, subscription, shop, plan, FAR_AHEAD, FAR_AHEAD, quantity, pending ? "PAYMENT_PENDING" : "SCHEDULED");
        return delivery;
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
            statement.executeUpdate();
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
