package io.envoys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.Fixtures;
import io.envoys.support.GraphQL;
import io.envoys.support.JwtKeys;
import io.envoys.support.Snapshot;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Bearer JWTs of the configured identity provider: editors may write; bad tokens are refused and write nothing. */
@QuarkusTest
@QuarkusTestResource(JwtKeys.class)
class TokenAuthenticationTest {

    private static final String HOME = "XJ";

    @BeforeEach
    void home() {
        Fixtures.country(HOME);
    }

    @Test
    void aValidEditorTokenMayWrite() {
        String token = token(JwtKeys.ISSUER, Set.of("editor"), Instant.now().plusSeconds(300), JwtKeys.signingKey());
        createEnvoy(token, "Tok Editor").body("errors", nullValue())
                .body("data.createEnvoy.name", is("Tok Editor"));
    }

    @Test
    void expiredForeignForgedOrRolelessTokensAreRefusedAndWriteNothing() {
        String before = Snapshot.of(HOME);
        Instant soon = Instant.now().plusSeconds(300);
        String expired = token(JwtKeys.ISSUER, Set.of("editor"), Instant.now().minusSeconds(600), JwtKeys.signingKey());
        String foreign = token("https://idp.elsewhere.test", Set.of("editor"), soon, JwtKeys.signingKey());
        String forged = token(JwtKeys.ISSUER, Set.of("editor"), soon, JwtKeys.generate().getPrivate());
        String roleless = token(JwtKeys.ISSUER, Set.of("reader"), soon, JwtKeys.signingKey());
        for (String bad : new String[] {expired, foreign, forged, "not.a.token"}) {
            Errors.single(createEnvoy(bad, "Tok Intruder"), "UNAUTHENTICATED");
        }
        Errors.single(createEnvoy(roleless, "Tok Reader"), "FORBIDDEN");
        assertEquals(before, Snapshot.of(HOME));
    }

    @Test
    void queriesStayPublicWhateverTheToken() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not.a.token")
                .body(Map.of("query", "{ country(code: \"KR\") { name } }"))
                .when().post("/graphql").then().statusCode(200).body("data.country.name", is("South Korea"));
    }

    private static ValidatableResponse createEnvoy(String token, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", GraphQL.document("create-envoy"));
        body.put("variables", Map.of("input", Map.of("name", name, "countryCode", HOME)));
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token).body(body)
                .when().post("/graphql").then().statusCode(200);
    }

    private static String token(String issuer, Set<String> groups, Instant expires, PrivateKey key) {
        return Jwt.issuer(issuer).upn("tok-user@envoys.test").groups(groups)
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires).sign(key);
    }
}
