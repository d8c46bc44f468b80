package io.envoys.live;

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
 * The graphql-ws library's own client (test-tools/graphql-ws-client, pinned by its lock file) against the packaged
 * service: filtered subscriptions get exactly their events, in order, with nested fields; a refused mutation sends
 * nothing; meetingChanged follows updates and completes on delete; bad documents get coded errors; a reconnect works.
 * Runs where `npm ci` has installed the client, as .ci/run does.
 */
@EnabledIf("clientInstalled")
class GraphQLWsClientIT {

    private static final Path CLIENT = Path.of("test-tools", "graphql-ws-client");

    static boolean clientInstalled() {
        boolean installed = Files.isDirectory(CLIENT.resolve("node_modules").resolve("graphql-ws"));
        if (!installed) {
            System.err.println("*** SKIPPED GraphQLWsClientIT: the graphql-ws client is not installed;"
                    + " install it with: (cd test-tools/graphql-ws-client && npm ci) ***");
        }
        return installed;
    }

    @Test
    void aGraphQLWsClientReceivesWhatItSubscribedTo() throws InterruptedException {
        try (ServiceProcess service = ServiceProcess.start("graphql-ws", TestDatabase.fresh("graphql_ws")
                .settings())) {
            NodeScript.Result checks = NodeScript.run(CLIENT, Duration.ofMinutes(2), "subscriptions.mjs",
                    service.url(), ServiceProcess.EDITOR, ServiceProcess.PASSWORD);
            assertTrue(checks.output().matches("(?s).*graphql-ws checks: \\d+ passed, 0 failed\\s*"), checks.output());
            assertEquals(0, checks.exitCode(), checks.output());
        }
    }
}
