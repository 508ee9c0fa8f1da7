package adapters.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * A record refused (no platform event, or content that breaks its schema), on its way to the dead-letter topic: the record as it came, with why
 * ({@code dead-letter-reason}, as SmallRye's own dead letters have it). Sent again every second until the topic
 * takes it: the batch is acknowledged only after that, so none is lost, and a passing failure stops nothing.
 */
final class DeadLetter {
    private static final Logger LOG = Logger.getLogger(DeadLetter.class);
    /** Well under the producer's and the topic's 1 MiB: the record's headers ride along. */
    static final int MAX_VALUE_BYTES = 256 * 1024;
    private final EventProducer producer;
    private final String deadLetters;
    private final ProducerRecord<String, byte[]> letter;
    private CompletableFuture<?> sent;

    DeadLetter(EventProducer producer, String deadLetters, ConsumerRecord<String, String> record, IllegalArgumentException reason) {
        this.producer = producer;
        this.deadLetters = deadLetters;
        LOG.warnf("%s-%d@%d refused (%s); sent to %s", record.topic(), record.partition(),
                record.offset(), reason.getMessage(), deadLetters);
        byte[] value = record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8);
        // A value too large for the dead-letter topic would be refused for ever: kept as its size and digest only.
        boolean kept = value == null || value.length <= MAX_VALUE_BYTES;
        letter = new ProducerRecord<>(deadLetters, null, record.key(), kept ? value : null,
                new org.apache.kafka.common.header.internals.RecordHeaders(record.headers().toArray()));
        if (!kept) {
            letter.headers().add("dead-letter-value-bytes", Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-value-sha256", sha256(value).getBytes(StandardCharsets.UTF_8));
        }
        letter.headers().add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        sent = producer.send(letter);
    }

    private static String sha256(byte[] value) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(value));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void await() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                sent.get();
                return;
            } catch (java.util.concurrent.ExecutionException failed) {
                if (attempt == 1 || attempt % 60 == 0) {
                    LOG.warnf("the dead-letter topic %s refused a record (%s); trying again", deadLetters, failed.getCause());
                }
                Thread.sleep(1_000);
                sent = producer.send(letter);
            }
        }
    }
}
