package io.envoys.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The manifest that the build generates for Kubernetes holds what a production deployment needs. */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");

    private static List<String> kinds;
    private static Map<String, Object> deployment;
    private static Map<String, Object> service;

    @BeforeAll
    static void read() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add(map(document));
            }
        }
        kinds = documents.stream().map(d -> String.valueOf(d.get("kind"))).sorted().toList();
        deployment = documents.stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow();
        service = documents.stream().filter(d -> "Service".equals(d.get("kind"))).findFirst().orElseThrow();
    }

    /**
     * Replicas migrate the database at start, as the README says: no migration Job, no init container waiting for it
     * (a third-party image) and no RBAC objects for that wait, and no ServiceMonitor that needs the Prometheus
     * Operator.
     */
    @Test
    void onlyADeploymentAndAServiceThatAnyClusterAccepts() {
        assertEquals(List.of("Deployment", "Service"), kinds);
        assertNull(map(map(map(deployment.get("spec")).get("template")).get("spec")).get("initContainers"));
    }

    @Test
    void twoReplicas() {
        assertEquals(2, map(deployment.get("spec")).get("replicas"));
    }

    @Test
    void probesOnTheHealthEndpoints() {
        Map<String, Object> container = container();
        assertEquals("/q/health/live", probePath(container, "livenessProbe"));
        assertEquals("/q/health/ready", probePath(container, "readinessProbe"));
        assertEquals("/q/health/started", probePath(container, "startupProbe"));
    }

    @Test
    void cpuAndMemoryRequestsAndLimits() {
        Map<String, Object> resources = map(container().get("resources"));
        for (String kind : List.of("requests", "limits")) {
            Map<String, Object> amounts = map(resources.get(kind));
            assertNotNull(amounts.get("cpu"), kind + ".cpu");
            assertNotNull(amounts.get("memory"), kind + ".memory");
        }
    }

    @Test
    void theDatasourceComesFromASecret() {
        Map<String, Map<String, Object>> env = new HashMap<>();
        for (Object variable : (List<?>) container().get("env")) {
            Map<String, Object> entry = map(variable);
            env.put((String) entry.get("name"), entry);
        }
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD")) {
            Map<String, Object> secretKeyRef = map(map(map(env.get(name)).get("valueFrom")).get("secretKeyRef"));
            assertEquals("envoys-db", secretKeyRef.get("name"), name);
            assertNotNull(secretKeyRef.get("key"), name);
        }
    }

    @Test
    void editorAccountsComeFromASecret() {
        List<?> envFrom = (List<?>) container().get("envFrom");
        assertTrue(envFrom.stream().anyMatch(source -> "envoys-editors".equals(
                map(map(source).get("secretRef")).get("name"))), "envFrom secretRef envoys-editors");
    }

    @Test
    void aServiceInFrontOfThePods() {
        List<?> ports = (List<?>) map(service.get("spec")).get("ports");
        assertTrue(ports.stream().anyMatch(port -> Integer.valueOf(8080).equals(map(port).get("targetPort"))),
                "the service forwards to port 8080: " + ports);
    }

    private static Map<String, Object> container() {
        Map<String, Object> podSpec = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        return map(((List<?>) podSpec.get("containers")).get(0));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertNotNull(value);
        return (Map<String, Object>) value;
    }
}
