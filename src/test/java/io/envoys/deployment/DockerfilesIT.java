package io.envoys.deployment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No container engine runs here, so the images cannot be built; instead each Dockerfile is held to the build: what
 * it copies is what the build produces (the JVM build here, the native one where GraalVM builds it), it runs as a
 * non-root user, and its header says how to build and run it.
 */
class DockerfilesIT {

    private static final Path DOCKER = Path.of("src", "main", "docker");
    /** The file a native build writes: Quarkus names it after the final name of the build. */
    private static final String NATIVE_RUNNER = "target/envoys-1.0.0-SNAPSHOT-runner";

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro"})
    void theDockerfileCopiesWhatTheBuildProducesAndRunsAsNonRoot(String name) throws IOException {
        List<String> lines = Files.readAllLines(DOCKER.resolve(name));
        assertTrue(lines.stream().anyMatch(line -> line.contains("docker build -f src/main/docker/" + name)),
                name + " says how to build it");
        assertTrue(lines.stream().anyMatch(line -> line.contains("docker run")), name + " says how to run it");
        List<String> users = lines.stream().filter(line -> line.startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), name + " sets a user");
        String user = users.get(users.size() - 1).substring("USER ".length()).strip();
        assertNotEquals("root", user);
        assertNotEquals("0", user);
        List<String> sources = lines.stream().filter(line -> line.startsWith("COPY "))
                .map(DockerfilesIT::source).toList();
        assertFalse(sources.isEmpty(), name + " copies the application");
        boolean nativeBuild = System.getProperty("native.image.path") != null;
        for (String source : sources) {
            if (name.contains("native") == nativeBuild) {
                assertTrue(exists(source), source + " exists after this build");
            } else if (name.contains("native")) {
                assertTrue(matcher(source).matches(Path.of(NATIVE_RUNNER)),
                        source + " matches the native executable " + NATIVE_RUNNER);
            } else {
                assertTrue(source.startsWith("target/quarkus-app/"), source + " is part of the JVM build");
            }
            assertTrue(allowedByDockerignore(source), source + " is not excluded by .dockerignore");
        }
    }

    /** The source of a COPY line, after its --chown/--chmod options. */
    private static String source(String copy) {
        String[] words = copy.split("\\s+");
        return Stream.of(words).skip(1).filter(word -> !word.startsWith("--")).findFirst().orElseThrow();
    }

    private static boolean exists(String source) throws IOException {
        String pattern = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        if (!pattern.contains("*")) {
            return Files.exists(Path.of(pattern));
        }
        Path folder = Path.of(pattern).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(matcher(pattern)::matches);
        }
    }

    private static boolean allowedByDockerignore(String source) throws IOException {
        String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        return Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(line -> line.startsWith("!"))
                .map(line -> line.substring(1))
                .anyMatch(allowed -> path.startsWith(allowed.replace("/*", "")) || path.equals(allowed)
                        || matcher(allowed).matches(Path.of(path)));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}
