package io.envoys.quote;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class QuoteQueryIT extends QuoteQueryTest {
}
