package io.envoys.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class HostileRequestsIT extends HostileRequestsTest {
}
