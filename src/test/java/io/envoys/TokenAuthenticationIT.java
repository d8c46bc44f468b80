package io.envoys;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class TokenAuthenticationIT extends TokenAuthenticationTest {
}
