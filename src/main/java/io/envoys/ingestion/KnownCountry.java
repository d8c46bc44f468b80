package io.envoys.ingestion;

/**
 * A country the service knows.
 *
 * @param code ISO 3166-1 alpha-2 code ("KR")
 * @param name its name as the service keeps it ("South Korea")
 */
public record KnownCountry(String code, String name) {
}
