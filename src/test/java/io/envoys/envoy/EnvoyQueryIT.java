package io.envoys.envoy;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class EnvoyQueryIT extends EnvoyQueryTest {
}
