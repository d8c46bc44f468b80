package io.envoys.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import graphql.i18n.I18n;
import io.vertx.core.json.JsonObject;

/**
 * graphql-java words its errors from resource bundles, which a native image leaves out unless its configuration names
 * them (a native build answered HTTP 500 where a message was needed). The project's native-image resource
 * configuration must name every bundle graphql-java ships, and each must load.
 */
class NativeResourceBundlesTest {

    private static final String CONFIG = "META-INF/native-image/io.envoys/envoys/resource-config.json";
    private static final Pattern BASE_BUNDLE = Pattern.compile("(i18n/[A-Za-z]+)\\.properties");

    @Test
    void everyBundleGraphqlJavaShipsIsNamedForTheNativeImageAndLoads() throws IOException, URISyntaxException {
        Set<String> named = new TreeSet<>();
        try (InputStream config = getClass().getClassLoader().getResourceAsStream(CONFIG)) {
            new JsonObject(new String(config.readAllBytes(), StandardCharsets.UTF_8)).getJsonArray("bundles")
                    .forEach(bundle -> named.add(((JsonObject) bundle).getString("name")));
        }
        Set<String> shipped = new TreeSet<>();
        Path jar = Path.of(I18n.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile entries = new JarFile(jar.toFile())) {
            entries.stream().map(entry -> BASE_BUNDLE.matcher(entry.getName())).filter(Matcher::matches)
                    .forEach(match -> shipped.add(match.group(1).replace('/', '.')));
        }
        assertFalse(shipped.isEmpty(), "graphql-java's bundles are found in " + jar);
        assertEquals(shipped, named, "the bundles named in " + CONFIG);
        for (String bundle : named) {
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
                assertEquals(bundle, ResourceBundle.getBundle(bundle, locale, I18n.class.getClassLoader())
                        .getBaseBundleName(), bundle + " loads for " + locale);
            }
        }
    }
}
