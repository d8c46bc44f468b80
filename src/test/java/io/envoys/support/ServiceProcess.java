package io.envoys.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The packaged application (target/quarkus-app, or the native executable of a -Dnative build) run as a separate
 * process in its production profile, the way an operator runs it, with one editor account. Stopped with SIGTERM or killed with SIGKILL like a real process.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String EDITOR = "durability-editor";
    public static final String PASSWORD = "durability-secret";
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application against this JDBC URL and waits until it is ready. */
    public static ServiceProcess start(String name, Map<String, String> settings) {
        int port = freePort();
        Path log = Path.of("target", "durability", name + "-" + port + ".log");
        String nativeImage = System.getProperty("native.image.path");
        List<String> command = new ArrayList<>(List.of(nativeImage != null ? nativeImage
                : Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.security.users.embedded.users." + EDITOR + "=" + PASSWORD);
        command.add("-Dquarkus.security.users.embedded.roles." + EDITOR + "=editor");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (nativeImage == null) {
            command.addAll(List.of("-jar", JAR.toString()));
        }
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ServiceProcess service = new ServiceProcess(process, port, log);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }


    /** Posts a GraphQL document; with {@code asEditor}, with the editor's credentials. */
    public Response graphql(String document, Map<String, Object> variables, boolean asEditor) {
        var request = given().baseUri(url()).contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables));
        if (asEditor) {
            request = request.auth().preemptive().basic(EDITOR, PASSWORD);
        }
        return request.when().post("/graphql");
    }

    /** The HTTP status of the readiness probe, or -1 when nothing answers. */
    public int readinessStatus() {
        try {
            return given().baseUri(url()).when().get("/q/health/ready").statusCode();
        } catch (Exception notListening) {
            // RestAssured rethrows connection failures unchecked, whatever their declared type
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook, no flush, like a crash or an OOM kill. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Kubernetes or an operator stops it; returns whether it ended within the timeout. */
    public boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A full garbage collection in the service, through jcmd, so that the heap in use shows what stays. */
    public void collectGarbage() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                throw new IllegalStateException("jcmd GC.run failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (readinessStatus() == 200) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not get ready in " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
