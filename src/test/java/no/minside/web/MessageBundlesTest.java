package no.minside.web;

import no.minside.common.Languages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in every language: each bundle in ui-templates/messages has the same keys in bokmål and English,
 * none empty, and the languages the bundles are built for are the ones {@link Languages} offers.
 */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("ui-templates", "messages");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> bundles;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            bundles = files.map(p -> p.getFileName().toString()).filter(n -> !n.contains("_"))
                    .map(n -> n.replace(".properties", "")).sorted().toList();
        }
        assertThat(bundles).contains("layout", "errors", "login", "cases", "profile", "rates", "staff");
        for (String bundle : bundles) {
            Properties bokmal = load(MESSAGES.resolve(bundle + ".properties"));
            for (String lang : Languages.SUPPORTED.subList(1, Languages.SUPPORTED.size())) {
                Properties other = load(MESSAGES.resolve(bundle + "_" + lang + ".properties"));
                assertThat(other.stringPropertyNames()).as("%s in %s", bundle, lang)
                        .containsExactlyInAnyOrderElementsOf(bokmal.stringPropertyNames());
                other.forEach((key, text) -> assertThat(text.toString()).as("%s_%s %s", bundle, lang, key)
                        .isNotBlank());
            }
            bokmal.forEach((key, text) -> assertThat(text.toString()).as("%s %s", bundle, key).isNotBlank());
        }
    }

    @Test
    void theBundlesAreBuiltForTheLanguagesThePagesOffer() {
        Properties config = load(Path.of("src", "main", "resources", "application.properties"));
        assertThat(List.of(config.getProperty("quarkus.locales").split(",")))
                .containsExactlyElementsOf(Languages.SUPPORTED);
        assertThat(config.getProperty("quarkus.default-locale")).isEqualTo(Languages.SUPPORTED.get(0));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
