package adapters.gateway;

import domain.shared.InvalidInputException;
import domain.shared.SeparateTransaction;
import domain.wallet.FundingKind;
import domain.wallet.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A payment gateway's test mode, standing in for a real one until a contract exists. Like a real test
 * mode it knows a few test numbers and what each does ({@link #TEST_NUMBERS}), answers after a set
 * latency, and keeps its own records: a request key it has seen gets its first answer again, and the
 * records are written in transactions of their own, so they survive whatever becomes of gudok's.
 */
@ApplicationScoped
public class SandboxPaymentGateway implements PaymentGateway {
    /** What each test number does: approve, decline with the given reason, or approve and lose the answer. */
    static final Map<String, String> TEST_NUMBERS = Map.of(
            "4242424242424242", "approve",
            "5555555555554444", "approve",
            "4000000000009995", "insufficient_funds",
            "4000000000009979", "stolen_card",
            "4000000000000119", "timeout",
            "1000000001", "approve",
            "1000000002", "insufficient_funds",
            "1000000003", "timeout");

    private final DataSource dataSource;
    private final SeparateTransaction separately;
    private final Duration latency;
    private final Duration timeout;

    /**
     * The gateway's records are written in transactions of their own, usually while a use case's
     * transaction holds its connection: so they take theirs from the nested pool (see
     * application.properties), never waiting on the pool the callers hold.
     */
    SandboxPaymentGateway(@io.quarkus.agroal.DataSource("nested") DataSource dataSource, SeparateTransaction separately,
                          @ConfigProperty(name = "gudok.gateway.sandbox.latency", defaultValue = "20MS") Duration latency,
                          @ConfigProperty(name = "gudok.gateway.sandbox.timeout", defaultValue = "3S") Duration timeout) {
        this.dataSource = dataSource;
        this.separately = separately;
        this.latency = latency;
        this.timeout = timeout;
    }

    @Override
    public RegisteredSource register(FundingKind kind, String number) {
        if (!TEST_NUMBERS.containsKey(number) || (kind == FundingKind.CARD) != (number.length() == 16)) {
            throw InvalidInputException.of("number", "is not a sandbox test " + (kind == FundingKind.CARD ? "card" : "account")
                    + " number (see the README, \"Wallet\")");
        }
        String token = "tok_" + UUID.randomUUID().toString().replace("-", "");
        own(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sandbox_gateway_sources (token, kind, number) VALUES (?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, kind.name());
                insert.setString(3, number);
                return insert.executeUpdate();
            }
        });
        return new RegisteredSource(token, number.substring(number.length() - 4));
    }

    @Override
    public GatewayResult authorize(String requestKey, String sourceToken, long amount) {
        String number = own(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT number FROM sandbox_gateway_sources WHERE token = ?")) {
                select.setString(1, sourceToken);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
        String behaviour = number == null ? "unknown_source" : TEST_NUMBERS.get(number);
        boolean approve = behaviour.equals("approve") || behaviour.equals("timeout");
        GatewayResult result = record(requestKey, "AUTHORIZE", sourceToken, amount,
                approve ? GatewayResult.approved("auth_" + UUID.randomUUID()) : GatewayResult.declined(behaviour));
        answerAfter(latency);
        if (behaviour.equals("timeout")) {
            answerAfter(timeout);
            throw new GatewayTimeoutException(requestKey);
        }
        return result;
    }

    @Override
    public GatewayResult capture(String requestKey, String authorization, long amount) {
        Long authorized = own(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT amount FROM sandbox_gateway_requests WHERE operation = 'AUTHORIZE' AND approved AND reference = ?""")) {
                select.setString(1, authorization);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : null;
                }
            }
        });
        boolean valid = authorized != null && amount <= authorized;
        GatewayResult result = record(requestKey, "CAPTURE", authorization, amount,
                valid ? GatewayResult.approved("ch_" + UUID.randomUUID()) : GatewayResult.declined("invalid_authorization"));
        answerAfter(latency);
        return result;
    }

    /** Refunds up to what the capture took, less what was refunded of it before; "timeout" numbers lose the answer. */
    @Override
    public GatewayResult refund(String requestKey, String capture, long amount) {
        String[] charge = own(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT c.amount - coalesce((SELECT sum(r.amount) FROM sandbox_gateway_requests r
                                                WHERE r.operation = 'REFUND' AND r.approved AND r.target = c.reference), 0),
                           s.number
                    FROM sandbox_gateway_requests c
                    JOIN sandbox_gateway_requests a ON a.operation = 'AUTHORIZE' AND a.reference = c.target
                    JOIN sandbox_gateway_sources s ON s.token = a.target
                    WHERE c.operation = 'CAPTURE' AND c.approved AND c.reference = ?""")) {
                select.setString(1, capture);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? new String[] {Long.toString(row.getLong(1)), row.getString(2)} : null;
                }
            }
        });
        GatewayResult outcome;
        if (charge == null) outcome = GatewayResult.declined("unknown_charge");
        else if (amount > Long.parseLong(charge[0])) outcome = GatewayResult.declined("refund_exceeds_capture");
        else outcome = GatewayResult.approved("re_" + UUID.randomUUID());
        GatewayResult result = record(requestKey, "REFUND", capture, amount, outcome);
        answerAfter(latency);
        if (charge != null && "timeout".equals(TEST_NUMBERS.get(charge[1]))) {
            answerAfter(timeout);
            throw new GatewayTimeoutException(requestKey);
        }
        return result;
    }

    @Override
    public Optional<GatewayResult> outcome(String requestKey) {
        answerAfter(latency);
        return Optional.ofNullable(own(connection -> find(connection, requestKey)));
    }

    /** The first answer to this key wins; a repeated request gets it back. */
    private GatewayResult record(String requestKey, String operation, String target, long amount, GatewayResult result) {
        return own(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sandbox_gateway_requests (request_key, operation, amount, approved, reference, decline_reason, received_at, target)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO NOTHING""")) {
                insert.setString(1, requestKey);
                insert.setString(2, operation);
                insert.setLong(3, amount);
                insert.setBoolean(4, result.approved());
                insert.setString(5, result.reference());
                insert.setString(6, result.declineReason());
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(8, target);
                insert.executeUpdate();
            }
            return find(connection, requestKey);
        });
    }

    private static GatewayResult find(Connection connection, String requestKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT approved, reference, decline_reason FROM sandbox_gateway_requests WHERE request_key = ?")) {
            select.setString(1, requestKey);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) return null;
                return new GatewayResult(row.getBoolean(1), row.getString(2), row.getString(3));
            }
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * The gateway's own transaction: what it recorded stays recorded, like on a remote system. A separate
     * transaction, so that it is never started inside another nested one.
     */
    private <T> T own(Work<T> work) {
        return separately.commit(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("sandbox gateway: " + e.getMessage(), e);
            }
        });
    }

    private static void answerAfter(Duration delay) {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sandbox gateway", e);
        }
    }
}
