import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

/**
 * Readiness check of the Kafka broker that {@code docker/platform up} starts or reuses: an open port
 * is not enough, the broker must answer describeCluster with at least one live broker.
 *
 * <p>Usage: {@code java -cp 'lib/*:classes' KafkaReady BOOTSTRAP TIMEOUT_SECONDS}. Prints the cluster
 * and exits 0 once it answers; exits 1 when it has not answered within the timeout.
 */
public final class KafkaReady {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: KafkaReady BOOTSTRAP TIMEOUT_SECONDS");
            System.exit(2);
        }
        String bootstrap = args[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));

        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "gudok-platform-ready-check");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);

        Throwable last = null;
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                try {
                    DescribeClusterResult cluster = admin.describeCluster();
                    String clusterId = cluster.clusterId().get();
                    Collection<Node> brokers = cluster.nodes().get();
                    Node controller = cluster.controller().get();
                    if (!brokers.isEmpty()) {
                        System.out.printf("cluster %s, brokers [%s], controller %s%n", clusterId,
                                brokers.stream().map(n -> n.id() + "@" + n.host() + ":" + n.port())
                                        .collect(Collectors.joining(", ")),
                                controller == null ? "none" : controller.id());
                        return;
                    }
                    last = new IllegalStateException("no live broker yet");
                } catch (ExecutionException e) {
                    last = e.getCause();
                }
                Thread.sleep(1000);
            }
        }
        System.err.println("Kafka at " + bootstrap + " did not answer describeCluster: " + last);
        System.exit(1);
    }
}
