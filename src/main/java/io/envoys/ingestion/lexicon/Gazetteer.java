package io.envoys.ingestion.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Place, nationality and role knowledge: phrases ("South Korean", "U.S.", "Seoul", "envoy", "spokesperson") mapped to a
 * {@link Kind} and, for places and nationalities, an ISO 3166-1 alpha-2 code. Immutable and thread-safe.
 *
 * <p>Source: the built-in {@code /ingestion/gazetteer.tsv} (one {@code kind<TAB>phrase<TAB>code} a line, {@code #}
 * comments), optionally extended with the service's own country names ({@link #withCountries(Map)}).
 */
public final class Gazetteer {

    /** What a phrase names. */
    public enum Kind {
        /** A country name or nationality word ("Japan", "Japanese", "U.S."). */
        COUNTRY,
        /** A capital: a city that also stands for its government ("Washington said"). */
        CAPITAL,
        /** Any other city or place a meeting is held in. */
        CITY,
        /** A body whose name fixes its country ("State Department"). */
        INSTITUTION,
        /** A phrase that looks like a country word but names none ("Korean Peninsula"). */
        NEUTRAL,
        /** A word that makes the person it describes a meeting participant ("envoy", "counterpart"). */
        ROLE,
        /** A word that makes the person it describes a non-participant ("leader", "spokesperson"). */
        OUTSIDER
    }

    /** One phrase: {@code code} is an ISO alpha-2 code, or null for roles and neutral phrases. */
    public record Entry(String phrase, Kind kind, String code) {
    }

    /** A phrase found in a text: {@code [start, end)} are offsets into that text. */
    public record Hit(int start, int end, Entry entry) {
    }

    private static final String RESOURCE = "/ingestion/gazetteer.tsv";

    private final List<Entry> entries;

    private Gazetteer(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
        this.entries = Collections.unmodifiableList(sorted);
    }

    /** The built-in gazetteer, read from the classpath resource {@value #RESOURCE}. */
    public static Gazetteer builtIn() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code kind<TAB>phrase[<TAB>code]} lines; kinds are the {@link Kind} names in lower case.
     *
     * @throws IllegalArgumentException on a line with an unknown kind or no phrase
     */
    public static Gazetteer parse(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[1].isBlank()) {
                throw new IllegalArgumentException("gazetteer line without a phrase: " + line);
            }
            String code = cols.length > 2 && !cols[2].equals("-") ? cols[2].trim() : null;
            entries.add(new Entry(cols[1].trim(), Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT)), code));
        }
        return new Gazetteer(entries);
    }

    /** This gazetteer plus country names (e.g. the service's "South Korea" → "KR"), as {@link Kind#COUNTRY}. */
    public Gazetteer withCountries(Map<String, String> nameToCode) {
        List<Entry> more = new ArrayList<>(entries);
        nameToCode.forEach((name, code) -> {
            if (lookup(name).isEmpty()) {
                more.add(new Entry(name, Kind.COUNTRY, code));
            }
        });
        return new Gazetteer(more);
    }

    /** The capital of the country {@code code}, if the gazetteer has one. */
    public Optional<Entry> capitalOf(String code) {
        return entries.stream().filter(e -> e.kind() == Kind.CAPITAL && e.code().equals(code)).findFirst();
    }

    /** The entry whose phrase is exactly {@code phrase}, if any. */
    public Optional<Entry> lookup(String phrase) {
        return entries.stream().filter(e -> e.phrase().equals(phrase)).findFirst();
    }

    /**
     * Non-overlapping phrases in {@code text[from, to)}, left to right, longest first at each word start; a phrase
     * must start and end on word boundaries (so "US" is not found in "USA").
     */
    public List<Hit> find(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordStart(text, i)) {
                i++;
                continue;
            }
            Hit hit = matchAt(text, i, to);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.end();
            }
        }
        return hits;
    }

    private Hit matchAt(String text, int at, int to) {
        for (Entry e : entries) {
            int end = at + e.phrase().length();
            if (end <= to && text.startsWith(e.phrase(), at) && isWordEnd(text, end)) {
                return new Hit(at, end, e);
            }
        }
        return null;
    }

    private static boolean isWordStart(String text, int i) {
        return Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static boolean isWordEnd(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
    }
}
