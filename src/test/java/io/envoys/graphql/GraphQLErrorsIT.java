package io.envoys.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class GraphQLErrorsIT extends GraphQLErrorsTest {
}
