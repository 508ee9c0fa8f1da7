package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Wallet set-ups over the API, and the ledger's invariants checked straight in PostgreSQL. */
final class WalletFixtures {
    static final String APPROVING_CARD = "4242424242424242";
    static final String SECOND_APPROVING_CARD = "5555555555554444";
    static final String INSUFFICIENT_FUNDS_CARD = "4000000000009995";
    static final String STOLEN_CARD = "4000000000009979";
    static final String TIMEOUT_CARD = "4000000000000119";

    private WalletFixtures() { }

    static Map<String, Object> won(long amount) {
        return Map.of("amount", amount, "currency", "KRW");
    }

    static String linkCard(String user, String number) {
        return as(user).body(Map.of("kind", "CARD", "number", number))
                .post("/wallet/funding-sources").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response topUp(String user, String source, long amount) {
        return as(user).body(Map.of("fundingSourceId", source, "amount", won(amount))).post("/wallet/top-ups");
    }

    /** A user whose wallet holds {@code amount}, topped up from an approving card. */
    static String userWithBalance(long amount) {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        topUp(user, card, amount).then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED"));
        return user;
    }

    static long balance(String user) {
        return as(user).get("/wallet").then().statusCode(200).extract().jsonPath().getLong("balance.amount");
    }

    /** Every entry balances, every wallet's balance is the sum of its lines, and none is negative. */
    static void assertLedgerHolds(Database database) {
        assertThat(database.count("""
                SELECT count(*) FROM (SELECT entry_id FROM journal_lines GROUP BY entry_id
                                      HAVING sum(amount) <> 0 OR count(*) < 2) unbalanced""")).isZero();
        assertThat(database.count("""
                SELECT count(*) FROM journal_entries e WHERE NOT EXISTS (SELECT 1 FROM journal_lines l WHERE l.entry_id = e.id)""")).isZero();
        assertThat(database.count("""
                SELECT count(*) FROM wallets w
                WHERE w.balance <> (SELECT coalesce(sum(amount), 0) FROM journal_lines l WHERE l.account_id = w.account_id)""")).isZero();
        assertThat(database.count("SELECT count(*) FROM wallets WHERE balance < 0")).isZero();
        assertThat(database.count("SELECT coalesce(sum(amount), 0) FROM journal_lines")).isZero();
    }
}
