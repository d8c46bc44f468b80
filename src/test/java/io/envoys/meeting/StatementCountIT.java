package io.envoys.meeting;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class StatementCountIT extends StatementCountTest {
}
