package io.envoys.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;

/**
 * The graphql-http audit suite (test-tools/graphql-http-audit, pinned by its lock file) against the packaged service:
 * no MUST failure, no SHOULD warning. Runs where `npm ci` has installed the suite, as .ci/run does.
 */
@EnabledIf("auditSuiteInstalled")
class GraphQLHttpAuditIT {

    private static final Path SUITE = Path.of("test-tools", "graphql-http-audit");

    static boolean auditSuiteInstalled() {
        return Files.isDirectory(SUITE.resolve("node_modules").resolve("graphql-http"));
    }

    @Test
    void theServiceFollowsEveryMustAndShouldOfGraphQLOverHttp() throws IOException, InterruptedException {
        try (ServiceProcess service = ServiceProcess.start("audit", TestDatabase.fresh("audit").settings())) {
            Process audit = new ProcessBuilder("node", "audit.mjs", service.url() + "/graphql")
                    .directory(SUITE.toFile()).redirectErrorStream(true).start();
            String report = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(audit.waitFor(120, TimeUnit.SECONDS), "the audit finished");
            System.out.println(report);
            assertTrue(report.contains("graphql-http audit: 0 MUST failures, 0 SHOULD warnings"), report);
            assertEquals(0, audit.exitValue(), report);
        }
    }
}
