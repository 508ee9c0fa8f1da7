package adapters.rabbitmq;

import com.rabbitmq.client.ConnectionFactory;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where RabbitMQ is and how gudok logs in: one place for the readiness check and the job queue. */
@ApplicationScoped
class RabbitMqSettings {
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String virtualHost;

    RabbitMqSettings(@ConfigProperty(name = "gudok.rabbitmq.host") String host,
                     @ConfigProperty(name = "gudok.rabbitmq.port") int port,
                     @ConfigProperty(name = "gudok.rabbitmq.username") String username,
                     @ConfigProperty(name = "gudok.rabbitmq.password") String password,
                     @ConfigProperty(name = "gudok.rabbitmq.virtual-host") String virtualHost) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.virtualHost = virtualHost;
    }

    /** A new factory for this broker; the caller sets time-outs and recovery for its own use. */
    ConnectionFactory connectionFactory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        return factory;
    }

    String address() {
        return host + ":" + port;
    }
}
