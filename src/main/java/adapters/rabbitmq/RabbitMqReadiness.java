package adapters.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the RabbitMQ broker accepts an AMQP connection with gudok's credentials. */
@Readiness
@ApplicationScoped
public class RabbitMqReadiness implements HealthCheck {
    private final ConnectionFactory factory;
    private final String address;

    RabbitMqReadiness(RabbitMqSettings settings) {
        factory = settings.connectionFactory();
        factory.setConnectionTimeout(2_000);
        factory.setHandshakeTimeout(2_000);
        factory.setAutomaticRecoveryEnabled(false);
        this.address = settings.address();
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = factory.newConnection("gudok-readiness")) {
            return HealthCheckResponse.named("RabbitMQ").up()
                    .withData("address", address)
                    .withData("version", String.valueOf(connection.getServerProperties().get("version")))
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("RabbitMQ").down()
                    .withData("address", address).withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
