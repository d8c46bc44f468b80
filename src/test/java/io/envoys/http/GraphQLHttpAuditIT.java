package io.envoys.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.envoys.support.NodeScript;
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
        boolean installed = Files.isDirectory(SUITE.resolve("node_modules").resolve("graphql-http"));
        if (!installed) {
            System.err.println("*** SKIPPED GraphQLHttpAuditIT: the graphql-http audit suite is not installed;"
                    + " install it with: (cd test-tools/graphql-http-audit && npm ci) ***");
        }
        return installed;
    }

    @Test
    void theServiceFollowsEveryMustAndShouldOfGraphQLOverHttp() throws InterruptedException {
        try (ServiceProcess service = ServiceProcess.start("audit", TestDatabase.fresh("audit").settings())) {
            NodeScript.Result audit = NodeScript.run(SUITE, Duration.ofMinutes(2), "audit.mjs",
                    service.url() + "/graphql");
            assertTrue(audit.output().contains("graphql-http audit: 0 MUST failures, 0 SHOULD warnings"),
                    audit.output());
            assertEquals(0, audit.exitCode(), audit.output());
        }
    }
}
