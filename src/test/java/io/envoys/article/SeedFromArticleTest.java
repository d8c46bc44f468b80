package io.envoys.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.envoys.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Issue 15, "Done when": on a database holding only the countries, confirming the draft of the seed article creates
 * the same meeting, envoys and quotes as the seed ({@code V2__seed_seoul_2016_12_13.sql}, {@code V7__articles.sql}).
 * The seed is read with plain JDBC, then everything but the countries is deleted (on a database of this class's own,
 * {@link CountriesOnlyDatabase}), the article's text is ingested as an editor (published 2016-12-13, source Yonhap)
 * and confirmed without corrections, and the new rows are compared with the seed's, value by value.
 *
 * <p>Compared: the meeting's date, city, venue, host country and source; the envoys' names and countries; each
 * participation's envoy, meeting date and title as written; each quote's position, speaker, text, partial flag, article
 * link and offsets; the context of quotes 1, 2, 3 and 6; the article's source, URL, publication date, headline, text,
 * content hash, status and meeting; and the number of envoys, meetings, participations, quotes and articles.
 *
 * <p>Not compared, because the seed holds an editor's words that no article can give: the meeting's title and summary
 * and its four topics; the envoys' titles (the seed's "Special Representative for Korean Peninsula Peace and Security
 * Affairs" in capitals and "Top nuclear envoy" for Yun and Kanasugi, where confirmation records the title as the
 * article writes it, or none) and Kim's organization ("Foreign Ministry", which confirmation never sets); the context
 * of quote 4 ("the US negotiator said, continuing") and of quote 5 (the whole sentence around "in a very timely
 * manner"), where confirmation records the attribution words. Nor ids, versions and the article's creation time,
 * which are bookkeeping.
 */
@QuarkusTest
@TestProfile(CountriesOnlyDatabase.class)
class SeedFromArticleTest {

    private static final long SEED_MEETING = 1;
    /** Quotes whose seed context is the article's own attribution words, so confirmation gives it too. */
    private static final Set<Integer> CONTEXT_AS_WRITTEN = Set.of(1, 2, 3, 6);
    private static final List<String> RECORD_TABLES = List.of("envoy", "meeting", "meeting_participant", "quote",
            "article");

    @Inject
    DataSource dataSource;

    @Test
    void confirmingTheSeedArticleOnlyOverTheCountriesRecordsTheSeedAgain() throws IOException {
        assertTrue(jdbcUrl().contains("countries-only") || jdbcUrl().contains("countries_only"),
                "this test deletes the seed, so it must run on its own database, not on " + jdbcUrl());
        MeetingRecord seed = MeetingRecord.read(dataSource, SEED_MEETING);
        Map<String, Long> seedCounts = counts();
        assertEquals(List.of(3, 3, 6, 1), List.of(seed.envoys().size(), seed.participations().size(),
                seed.quotes().size(), seed.articles().size()), "the seed as the migrations load it");

        deleteAllButTheCountries();
        assertEquals(Map.of("envoy", 0L, "meeting", 0L, "meeting_participant", 0L, "quote", 0L, "article", 0L),
                counts());
        assertEquals(4L, count("select count(*) from country"), "the countries stay: KR, US, JP, KP");

        String text = resource("ingestion/seed-2016-12-13.txt");
        JsonPath draft = GraphQL.asEditor("ingest-article", "input", Map.of("text", text, "publishedOn",
                "2016-12-13", "source", "Yonhap")).extract().jsonPath();
        assertNull(draft.get("errors"), draft.prettify());
        String at = "data.ingestArticle.";
        assertEquals("DRAFT", draft.getString(at + "status"), "the seed article is gone, so this is a new one");
        assertEquals(Collections.nCopies(3, null), draft.getList(at + "proposedParticipants.envoy"),
                "nobody is known yet");
        assertNull(draft.get(at + "matchingMeeting"));

        JsonPath confirmed = GraphQL.asEditor("confirm-article", "id", draft.getString(at + "id"), "version",
                draft.getInt(at + "version")).extract().jsonPath();
        assertNull(confirmed.get("errors"), confirmed.prettify());
        assertEquals("CONFIRMED", confirmed.getString("data.confirmArticle.status"));
        MeetingRecord now = MeetingRecord.read(dataSource, confirmed.getLong("data.confirmArticle.meeting.id"));

        sameMeeting(seed, now);
        sameEnvoysAndParticipations(seed, now);
        sameQuotes(seed, now);
        sameArticle(seed, now);
        assertEquals(seedCounts, counts(), "the same number of envoys, meetings, participations, quotes, articles");
    }

    private static void sameMeeting(MeetingRecord seed, MeetingRecord now) {
        assertEquals(List.of(LocalDate.of(2016, 12, 13), "Seoul", "a hotel", "KR", "Yonhap"), meetingFacts(seed),
                "the seed meeting's date, city, venue, host country and source");
        assertEquals(meetingFacts(seed), meetingFacts(now), "date, city, venue, host country and source");
    }

    private static List<Object> meetingFacts(MeetingRecord record) {
        MeetingRecord.Meeting meeting = record.meeting();
        return List.of(meeting.date(), meeting.city(), meeting.venue(), meeting.hostCountry(), meeting.source());
    }

    private static void sameEnvoysAndParticipations(MeetingRecord seed, MeetingRecord now) {
        assertEquals(List.of("Joseph Yun", "Kenji Kanasugi", "Kim Hong-kyun"),
                seed.envoys().stream().map(MeetingRecord.Envoy::name).toList());
        assertEquals(seed.envoys().stream().map(MeetingRecord.Envoy::name).toList(),
                now.envoys().stream().map(MeetingRecord.Envoy::name).toList(), "envoys' names");
        assertEquals(List.of("US", "JP", "KR"), seed.envoys().stream().map(MeetingRecord.Envoy::country).toList());
        assertEquals(seed.envoys().stream().map(MeetingRecord.Envoy::country).toList(),
                now.envoys().stream().map(MeetingRecord.Envoy::country).toList(), "envoys' countries");
        assertEquals(seed.participations().size(), now.participations().size(), "participations");
        for (int i = 0; i < seed.participations().size(); i++) {
            assertEquals(seed.participations().get(i), now.participations().get(i),
                    "participation of " + seed.participations().get(i).envoy());
        }
    }

    private static void sameQuotes(MeetingRecord seed, MeetingRecord now) {
        assertEquals(List.of("362-552", "610-776", "1620-1788", "1816-1975", "2036-2059", "2155-2318"),
                offsets(seed), "the seed quotes' offsets");
        assertEquals(seed.quotes().size(), now.quotes().size(), "quotes");
        long seedArticle = seed.articles().get(0).id();
        long newArticle = now.articles().get(0).id();
        for (int i = 0; i < seed.quotes().size(); i++) {
            MeetingRecord.Quote was = seed.quotes().get(i);
            MeetingRecord.Quote is = now.quotes().get(i);
            String quote = "quote " + was.position() + ": ";
            assertEquals(was.position(), is.position(), quote + "position");
            assertEquals(was.speaker(), is.speaker(), quote + "speaker");
            assertEquals(was.text(), is.text(), quote + "text");
            assertEquals(was.partial(), is.partial(), quote + "partial");
            assertEquals(seedArticle, was.articleId(), quote + "the seed quote's article");
            assertEquals(newArticle, is.articleId(), quote + "article");
            assertEquals(was.start(), is.start(), quote + "start");
            assertEquals(was.end(), is.end(), quote + "end");
            if (CONTEXT_AS_WRITTEN.contains(was.position())) {
                assertEquals(was.context(), is.context(), quote + "context");
            }
        }
    }

    private static List<String> offsets(MeetingRecord record) {
        return record.quotes().stream().map(quote -> quote.start() + "-" + quote.end()).toList();
    }

    private static void sameArticle(MeetingRecord seed, MeetingRecord now) {
        assertEquals(1, now.articles().size(), "one article reports the new meeting");
        MeetingRecord.Article was = seed.articles().get(0);
        MeetingRecord.Article is = now.articles().get(0);
        assertEquals(List.of("Yonhap", LocalDate.of(2016, 12, 13), "CONFIRMED"),
                List.of(was.source(), was.publishedOn(), was.status()), "the seed article");
        assertEquals(was.source(), is.source(), "article source");
        assertEquals(was.url(), is.url(), "article url");
        assertEquals(was.publishedOn(), is.publishedOn(), "article publication date");
        assertEquals(was.headline(), is.headline(), "article headline");
        assertEquals(was.text(), is.text(), "article text");
        assertEquals(was.contentHash(), is.contentHash(), "article content hash");
        assertEquals(was.status(), is.status(), "article status");
        assertEquals(now.meeting().id(), is.meetingId(), "the article's meeting");
    }

    /** Leaves only the countries: the seed's quotes, participations, topics, articles, meetings and envoys go. */
    private void deleteAllButTheCountries() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("quote", "meeting_participant", "meeting_topic", "article", "meeting",
                    "envoy")) {
                statement.executeUpdate("delete from " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : RECORD_TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jdbcUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedFromArticleTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
