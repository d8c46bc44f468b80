package io.envoys.graphql.lean;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class LeanQueriesIT extends LeanQueriesTest {
}
