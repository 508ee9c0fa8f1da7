import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.percolator.PercolatorPlugin;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts a single OpenSearch node from the jars on Maven Central, for machines without Docker.
 *
 * <p>Used by {@code docker/platform up}. The regular distribution (a tarball with its own launcher and
 * its modules folder) is not on Maven Central, but the core and the modules gudok needs are: this class
 * loads those modules as classpath plugins through the protected {@link Node} constructor.
 *
 * <p>Usage: {@code java -cp 'lib/*:classes' OpenSearchLauncher HOME [setting=value ...]}. HOME holds
 * data/, logs/ and config/ (an optional opensearch.yml). Extra arguments override the defaults below.
 */
public final class OpenSearchLauncher extends Node {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4Plugin.class,          // HTTP (9200) and transport (9300)
            PercolatorPlugin.class,      // percolator field type and percolate query
            CommonAnalysisPlugin.class,  // the usual analyzers and token filters
            MapperExtrasPlugin.class,    // scaled_float, rank_feature, search_as_you_type, ...
            NoriAnalysis.class);         // Korean: nori_tokenizer, nori_part_of_speech, nori_readingform

    private OpenSearchLauncher(Environment environment) {
        super(environment, PLUGINS, true);
    }

    /**
     * Lucene's Korean analysis (nori) under the names Elasticsearch's analysis-nori plugin gives it, so that one index
     * definition serves both engines. That plugin ships only as a zip, not on Maven Central; lucene-analysis-nori is.
     * Settings as analysis-nori's: decompound_mode (none, discard, mixed), discard_punctuation, stoptags.
     */
    public static final class NoriAnalysis extends Plugin implements AnalysisPlugin {
        @Override
        public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
            return Map.of("nori_tokenizer", (indexSettings, environment, name, settings) -> {
                KoreanTokenizer.DecompoundMode mode = KoreanTokenizer.DecompoundMode.valueOf(
                        settings.get("decompound_mode", "discard").toUpperCase(java.util.Locale.ROOT));
                boolean discardPunctuation = settings.getAsBoolean("discard_punctuation", true);
                return new AbstractTokenizerFactory(indexSettings, settings, name) {
                    @Override
                    public org.apache.lucene.analysis.Tokenizer create() {
                        return new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode, false, discardPunctuation);
                    }
                };
            });
        }

        @Override
        public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
            return Map.of(
                    "nori_part_of_speech", (indexSettings, environment, name, settings) -> {
                        List<String> tags = settings.getAsList("stoptags");
                        java.util.Set<POS.Tag> stop = tags.isEmpty() ? KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS
                                : tags.stream().map(POS::resolveTag).collect(java.util.stream.Collectors.toSet());
                        return new AbstractTokenFilterFactory(indexSettings, name, settings) {
                            @Override
                            public TokenStream create(TokenStream in) {
                                return new KoreanPartOfSpeechStopFilter(in, stop);
                            }
                        };
                    },
                    "nori_readingform", (indexSettings, environment, name, settings) -> new AbstractTokenFilterFactory(indexSettings, name, settings) {
                        @Override
                        public TokenStream create(TokenStream in) {
                            return new KoreanReadingFormFilter(in);
                        }
                    });
        }
    }

    /** The regular listener sets a log4j node-id lookup that needs OpenSearch's own log4j setup. */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // nothing to do: our log4j pattern does not print node or cluster ids
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: OpenSearchLauncher HOME [setting=value ...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        for (String dir : List.of("config", "data", "logs", "plugins", "modules")) {
            Files.createDirectories(home.resolve(dir));
        }

        Settings.Builder settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "gudok")
                .put("node.name", "gudok-search")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "9200")
                .put("transport.port", "9300")
                // A dev machine with a fuller disk must not turn the indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("not a setting=value argument: " + args[i]);
                System.exit(2);
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                settings.build(), Map.of(), home.resolve("config"), () -> "gudok-search");
        Node node = new OpenSearchLauncher(environment);

        // Node threads are daemon threads: keep main alive until SIGTERM, then close the node cleanly.
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "opensearch-shutdown"));

        try {
            node.start();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        closed.await();
    }
}
