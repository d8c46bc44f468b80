package io.envoys.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the Node.js test tools under test-tools/ and hands back its exit code and output. */
public final class NodeScript {

    public record Result(int exitCode, String output) {
    }

    private NodeScript() {
    }

    public static Result run(Path folder, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(arguments));
        try {
            Process node = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                node.destroyForcibly();
                return new Result(-1, output + "\n(timed out after " + timeout + ")");
            }
            System.out.println(output);
            return new Result(node.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
