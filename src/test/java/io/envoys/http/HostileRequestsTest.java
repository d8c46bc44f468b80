package io.envoys.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.envoys.support.DataChecksum;
import io.envoys.support.Errors;
import io.envoys.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Ten thousand generated hostile requests (seeded, so a failure can be replayed): broken JSON, wrong variable types,
 * huge strings, odd Unicode, deep and wide nesting, unknown fields and arguments, injection strings in every filter,
 * forged cursors, Ints as strings and fractions, IDs of other types, explicit nulls, ancient and signed dates, odd
 * methods and Accept q-values, percent signs and comments over GET, and mutations that must be refused (articles
 * too: an address that is not a web address, a confirmation or rejection of an article that does not exist). Every
 * answer is JSON below 500 with coded errors that reveal nothing internal and blame the client (never INTERNAL), the
 * data, articles included, is unchanged, and the service stays ready.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final int REQUESTS = 10_000;
    private static final long SEED = 20_161_213L;
    private static final int REPORTED = 10;

    @Test
    void tenThousandHostileRequestsGetCodedErrorsAndChangeNothing() {
        String before = DataChecksum.of();
        HostileRequests generator = new HostileRequests(new Random(SEED));
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS && problems.size() < REPORTED; i++) {
            HostileRequests.Request request = generator.next();
            HttpResponse<String> response = send(request);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = problem(request, response);
            if (problem != null) {
                problems.add("#" + i + " " + problem + "\n  request: " + abbreviated(request.body())
                        + "\n  response: " + response.statusCode() + " " + abbreviated(response.body()));
            }
        }
        System.out.println("hostile requests by status: " + statuses);
        assertEquals(List.of(), problems);
        assertEquals(before, DataChecksum.of(), "no hostile request changed the data");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString((Users.EDITOR + ":" + Users.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static HttpResponse<String> send(HostileRequests.Request request) {
        String url = "http://localhost:" + RestAssured.port + "/graphql";
        HttpRequest.Builder http;
        if (request.method().equals("GET")) {
            StringBuilder query = new StringBuilder();
            new JsonObject(request.body()).forEach(parameter -> query.append(query.isEmpty() ? "?" : "&")
                    .append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8)));
            http = HttpRequest.newBuilder(URI.create(url + query)).GET();
        } else {
            http = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", request.contentType())
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(),
                            StandardCharsets.UTF_8));
        }
        if (request.asEditor()) {
            http.header("Authorization", EDITOR);
        }
        if (request.accept() != null) {
            http.header("Accept", request.accept());
        }
        try {
            return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with the answer, or null when it is as it must be. */
    private static String problem(HostileRequests.Request request, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            return "server error";
        }
        if (request.method().equals("HEAD")) {
            return response.statusCode() == 405 ? null : "HEAD answered " + response.statusCode() + ", not 405";
        }
        JsonObject body;
        try {
            body = new JsonObject(response.body());
        } catch (DecodeException | ClassCastException notJson) {
            return "not a JSON object";
        }
        JsonArray errors = body.getJsonArray("errors");
        if (response.statusCode() != 200 && (errors == null || errors.isEmpty())) {
            return "refused without an error";
        }
        if (errors != null) {
            for (int i = 0; i < errors.size(); i++) {
                JsonObject error = errors.getJsonObject(i);
                JsonObject extensions = error.getJsonObject("extensions");
                if (error.getString("message") == null || extensions == null
                        || extensions.getString("code") == null) {
                    return "an error without message or code";
                }
                if (extensions.getString("code").equals("INTERNAL")) {
                    return "an internal error: hostile input is the client's mistake and must be refused as such";
                }
            }
        }
        if (request.mutation() && body.getJsonObject("data") != null
                && body.getJsonObject("data").stream().anyMatch(entry -> entry.getValue() != null)) {
            return "a hostile mutation succeeded";
        }
        String leaked = Errors.internalsBeyond(response.body(), request.body());
        return leaked == null ? null : "reveals '" + leaked + "'";
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }
}
