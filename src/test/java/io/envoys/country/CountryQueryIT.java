package io.envoys.country;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class CountryQueryIT extends CountryQueryTest {
}
