package domain.billing;

/** Inbound port: an admin starts a billing run now, in parallel lanes that share the due deliveries. */
public interface RunBillingUseCase {
    void runNow(int lanes);
}
