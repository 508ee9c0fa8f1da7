package adapters.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the RabbitMQ broker accepts an AMQP connection with gudok's credentials. */
@Readiness
@ApplicationScoped
public class RabbitMqReadiness implements HealthCheck {
    private final ConnectionFactory factory = new ConnectionFactory();
    private final String address;

    RabbitMqReadiness(@ConfigProperty(name = "gudok.rabbitmq.host") String host,
                      @ConfigProperty(name = "gudok.rabbitmq.port") int port,
                      @ConfigProperty(name = "gudok.rabbitmq.username") String username,
                      @ConfigProperty(name = "gudok.rabbitmq.password") String password,
                      @ConfigProperty(name = "gudok.rabbitmq.virtual-host") String virtualHost) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(2_000);
        factory.setHandshakeTimeout(2_000);
        factory.setAutomaticRecoveryEnabled(false);
        this.address = host + ":" + port;
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
