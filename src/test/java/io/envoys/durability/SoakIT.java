package io.envoys.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;
import io.vertx.core.json.JsonObject;

/**
 * Mixed reads and editor writes at 32 connections against the packaged service. Afterwards every acknowledged write
 * is present and nothing else was written, the only errors are the expected CONFLICTs of competing updates, and the
 * heap retained after a full collection does not grow over the second half. CI runs 20 seconds; the README's run is
 * {@code ./mvnw verify -Dit.test=SoakIT -Dsoak.seconds=300}.
 */
class SoakIT {

    private static final int CONNECTIONS = 32;
    private static final int SHARED_ENVOYS = 8;
    private static final String HOME = "XQ";
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)");

    private final Map<String, String> createdEnvoys = new ConcurrentHashMap<>();
    private final Map<String, String> createdQuotes = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, String>> acknowledgedUpdates = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong conflicts = new AtomicLong();

    @Test
    void mixedLoadLosesNothingAndKeepsTheHeapFlat() throws Exception {
        long seconds = Long.getLong("soak.seconds", 20);
        try (ServiceProcess service = ServiceProcess.start("soak", TestDatabase.fresh("soak").settings())) {
            Client client = new Client(service.url());
            client.ok("create-country", Map.of("input", Map.of("code", HOME, "name", "Soakland")));
            List<String> shared = new ArrayList<>();
            for (int i = 0; i < SHARED_ENVOYS; i++) {
                String id = client.ok("create-envoy", Map.of("input", Map.of("name", "Shared " + i, "countryCode",
                        HOME))).getJsonObject("data").getJsonObject("createEnvoy").getString("id");
                shared.add(id);
                acknowledgedUpdates.put(id, new ConcurrentHashMap<>());
            }

            List<Double> heap = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS + 1);
            workers.submit(() -> sampleHeap(client, heap, end));
            for (int c = 0; c < CONNECTIONS; c++) {
                Random random = new Random(c);
                workers.submit(() -> work(client, random, shared, end));
            }
            ServiceProcess.sleep(Duration.ofSeconds(seconds / 2));
            double retainedAtHalf = retainedHeap(service, client);
            workers.shutdown();
            assertTrue(workers.awaitTermination(seconds + 120, TimeUnit.SECONDS));
            double retainedAtEnd = retainedHeap(service, client);

            report(seconds, heap, retainedAtHalf, retainedAtEnd);
            assertEquals(List.of(), unexpected.subList(0, Math.min(10, unexpected.size())), "only CONFLICTs");
            verifyEverythingAcknowledgedIsStored(client, shared);
            assertTrue(retainedAtEnd <= retainedAtHalf * 1.25 + 16 * 1024 * 1024, "heap retained after a full GC grew"
                    + " from " + mib(retainedAtHalf) + " to " + mib(retainedAtEnd) + " MiB over the second half");
        }
    }

    private void work(Client client, Random random, List<String> shared, long end) {
        int round = 0;
        while (System.nanoTime() < end) {
            round++;
            int dice = random.nextInt(10);
            try {
                if (dice < 6) {
                    read(client, random);
                } else if (dice < 8) {
                    update(client, shared.get(random.nextInt(shared.size())), Thread.currentThread().getName() + round);
                } else {
                    createEnvoyMeetingAndQuote(client, shared.get(random.nextInt(shared.size())),
                            Thread.currentThread().getName() + "-" + round);
                }
            } catch (RuntimeException failure) {
                unexpected.add(failure.getMessage());
            }
        }
    }

    private void read(Client client, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> client.ok("meetings-nested", Map.of("first", 20));
            case 1 -> client.ok("envoy", Map.of("id", String.valueOf(1 + random.nextInt(3))));
            default -> client.ok("quotes", Map.of("first", 10, "filter", Map.of("textContains", "soak")));
        }
    }

    private void update(Client client, String id, String title) {
        int version = client.ok("envoy", Map.of("id", id)).getJsonObject("data").getJsonObject("envoy")
                .getInteger("version");
        JsonObject answer = client.post("update-envoy", Map.of("id", id, "expectedVersion", version,
                "input", Map.of("name", "Shared", "title", title, "countryCode", HOME)));
        if (answer.getJsonArray("errors") == null) {
            JsonObject updated = answer.getJsonObject("data").getJsonObject("updateEnvoy");
            acknowledgedUpdates.get(id).put(updated.getInteger("version"), updated.getString("title"));
        } else if ("CONFLICT".equals(code(answer))) {
            conflicts.incrementAndGet();
        } else {
            unexpected.add(answer.encode());
        }
    }

    private void createEnvoyMeetingAndQuote(Client client, String sharedEnvoy, String name) {
        String envoy = client.ok("create-envoy", Map.of("input", Map.of("name", "Soak " + name, "countryCode", HOME)))
                .getJsonObject("data").getJsonObject("createEnvoy").getString("id");
        createdEnvoys.put(envoy, "Soak " + name);
        String meeting = client.ok("create-meeting", Map.of("input", Map.of("title", "Soak meeting " + name,
                "date", "2025-01-01", "city", "Soak City", "hostCountryCode", HOME,
                "participantIds", List.of(envoy, sharedEnvoy)))).getJsonObject("data")
                .getJsonObject("createMeeting").getString("id");
        String text = "soak quote " + name;
        String quote = client.ok("record-quote", Map.of("input", Map.of("meetingId", meeting, "speakerId", envoy,
                "text", text))).getJsonObject("data").getJsonObject("recordQuote").getString("id");
        createdQuotes.put(quote, text);
    }

    private void verifyEverythingAcknowledgedIsStored(Client client, List<String> shared) {
        for (String id : shared) {
            JsonObject envoy = client.ok("envoy", Map.of("id", id)).getJsonObject("data").getJsonObject("envoy");
            Map<Integer, String> updates = acknowledgedUpdates.get(id);
            assertEquals(updates.size(), envoy.getInteger("version"), "one version per acknowledged update of " + id);
            if (!updates.isEmpty()) {
                assertEquals(updates.get(Collections.max(updates.keySet())), envoy.getString("title"));
            }
        }
        createdEnvoys.forEach((id, name) -> assertEquals(name, client.ok("envoy", Map.of("id", id))
                .getJsonObject("data").getJsonObject("envoy").getString("name")));
        createdQuotes.forEach((id, text) -> assertEquals(text, client.ok("quote", Map.of("id", id))
                .getJsonObject("data").getJsonObject("quote").getString("text")));
        JsonObject counts = client.ok("counts", Map.of("hostCountryCode", HOME, "countryCode", HOME))
                .getJsonObject("data");
        assertEquals(createdEnvoys.size() + SHARED_ENVOYS,
                counts.getJsonObject("envoys").getInteger("totalCount"), "no envoy written unacknowledged");
        assertEquals(createdQuotes.size(), counts.getJsonObject("meetings").getInteger("totalCount"),
                "one meeting per acknowledged quote");
        assertEquals(createdQuotes.size() + 6, counts.getJsonObject("quotes").getInteger("totalCount"),
                "the seed's six quotes and the acknowledged ones");
    }

    private static void sampleHeap(Client client, List<Double> heap, long end) {
        while (System.nanoTime() < end) {
            heap.add(heapInUse(client));
            ServiceProcess.sleep(Duration.ofSeconds(1));
        }
    }

    /** Heap in use is a saw-tooth; right after a full collection it shows what the service keeps. */
    private static double retainedHeap(ServiceProcess service, Client client) {
        service.collectGarbage();
        return heapInUse(client);
    }

    private static double heapInUse(Client client) {
        Matcher used = HEAP.matcher(client.get("/q/metrics"));
        double sum = 0;
        while (used.find()) {
            sum += Double.parseDouble(used.group(1));
        }
        return sum;
    }

    private void report(long seconds, List<Double> heap, double retainedAtHalf, double retainedAtEnd) {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        System.out.printf("soak: %d s, %d connections, %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms, "
                + "%d envoys+meetings+quotes created, %d updates acknowledged, %d CONFLICTs, %d unexpected errors, "
                + "heap in use %.0f..%.0f MiB, retained after full GC %.0f MiB at half time and %.0f MiB at the end%n",
                seconds, CONNECTIONS, sorted.size(), sorted.size() / (double) seconds,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                createdQuotes.size(), acknowledgedUpdates.values().stream().mapToInt(Map::size).sum(),
                conflicts.get(), unexpected.size(), mib(Collections.min(heap)), mib(Collections.max(heap)),
                mib(retainedAtHalf), mib(retainedAtEnd));
    }

    private static double mib(double bytes) {
        return bytes / 1024 / 1024;
    }

    private static String code(JsonObject answer) {
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    /** A plain HTTP/1.1 client: the load generator must cost little next to the service. */
    private final class Client {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String url;
        private final String editor = "Basic " + Base64.getEncoder().encodeToString(
                (ServiceProcess.EDITOR + ":" + ServiceProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));

        Client(String url) {
            this.url = url;
        }

        JsonObject ok(String document, Map<String, Object> variables) {
            JsonObject answer = post(document, variables);
            if (answer.getJsonArray("errors") != null) {
                throw new IllegalStateException(document + ": " + answer.encode());
            }
            return answer;
        }

        JsonObject post(String document, Map<String, Object> variables) {
            String body = new JsonObject().put("query", GraphQL.document(document))
                    .put("variables", new JsonObject(variables)).encode();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", editor)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long started = System.nanoTime();
            String answer = send(request);
            latencies.add(System.nanoTime() - started);
            return new JsonObject(answer);
        }

        String get(String path) {
            return send(HttpRequest.newBuilder(URI.create(url + path)).GET().build());
        }

        private String send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                throw new IllegalStateException(e.toString(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
