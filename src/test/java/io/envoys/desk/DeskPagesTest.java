package io.envoys.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import io.envoys.support.Errors;
import io.envoys.support.GraphQL;
import io.envoys.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The editors' desk over HTTP, as a browser with htmx sends it: who may open it (editors; others are asked to sign in
 * or refused), forms from other sites refused with nothing stored, an article of our own ingested and shown with its
 * quotes marked by attribution and its markup as text, confirmed with one speaker changed and one passage dropped
 * (checked through the API), a second confirmation from a stale page answered as a conflict that stores nothing, a
 * rejection, and readable coded errors for a bad date and an unknown article.
 */
@QuarkusTest
class DeskPagesTest {

    /** Envoys of its own, not the seed's, so that the tests of the seed's envoys see only the seed's meetings. */
    private static final String BUSAN = "desk/busan-talks.txt";

    @Test
    void onlyEditorsGetTheDesk() {
        given().when().get("/desk").then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"envoys\", charset=\"UTF-8\"")
                .body(containsString("UNAUTHENTICATED"));
        given().auth().preemptive().basic(Users.READER, Users.READER_PASSWORD).when().get("/desk").then()
                .statusCode(403).body(containsString("The desk needs the editor role"));
        given().auth().preemptive().basic(Users.EDITOR, "wrong").when().get("/desk").then().statusCode(401);
        Document desk = Jsoup.parse(editor().when().get("/desk").then().statusCode(200).extract().asString());
        assertNotNull(desk.selectFirst("form.ingest textarea[name=text]"));
        assertTrue(desk.selectFirst("#drafts-heading").text().matches("Drafts waiting for review \\(\\d+\\)"),
                desk.selectFirst("#drafts-heading").text());
        assertNotNull(desk.selectFirst("script[src=/webjars/htmx.org/dist/htmx.min.js]"));
        given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void formsFromOtherSitesAreRefusedAndStoreNothing() throws IOException {
        int before = articleCount();
        editor().formParams(article("2017-03-04")).when().post("/desk/articles").then().statusCode(403)
                .body(containsString("only from its own pages"));
        editor().header("HX-Request", "true").header("Origin", "https://elsewhere.example")
                .formParams(article("2017-03-04")).when().post("/desk/articles").then().statusCode(403);
        editor().header("HX-Request", "true").header("Origin", "null").formParams(article("2017-03-04")).when()
                .post("/desk/articles").then().statusCode(403);
        assertEquals(before, articleCount());
    }

    @Test
    void anArticleIsReviewedCorrectedAndConfirmed() throws IOException {
        Response ingested = htmx().formParams(article("2017-03-04")).when().post("/desk/articles");
        assertEquals(204, ingested.statusCode(), ingested.asString());
        String page = ingested.header("HX-Redirect");
        assertTrue(page.matches("/desk/articles/\\d+"), page);
        String id = page.substring(page.lastIndexOf('/') + 1);

        Document review = Jsoup.parse(editor().when().get(page).then().statusCode(200).extract().asString());
        List<String> marked = review.select("mark.quote").eachAttr("class");
        assertEquals(List.of("quote attributed", "quote attributed", "quote not_participant", "quote ambiguous"),
                marked);
        assertEquals(List.of("1 · Seo Ji-hoon", "2 · Haruto Mori", "3 · not a participant",
                "4 · ambiguous"), review.select("sup.who").eachText());
        assertEquals("We agreed that provocations will only deepen the North's isolation",
                review.selectFirst("#quote-0").text());
        assertEquals(List.of("Seo told reporters after the talks at a seaside hotel", "Mori said",
                "a ministry spokesman said", "one of the envoys said"), review.select(".body .cue").eachText());
        assertTrue(review.select(".body script").isEmpty(), "the article's markup is text, never HTML");
        assertTrue(review.selectFirst(".body").text().endsWith("<script>alert(1)</script>"));

        Map<String, String> form = formData(review);
        assertEquals("new", form.get("target"), "no meeting of the record matches: a new one");
        assertEquals("2017-03-03", form.get("meeting-date"));
        assertEquals("Busan", form.get("meeting-city"));
        form.put("quote-0", "Haruto Mori");
        form.put("quote-3", DeskForms.DROP);
        Response confirmed = htmx().formParams(form).when().post(page + "/confirm");
        assertEquals(200, confirmed.statusCode(), confirmed.asString());
        Document outcome = Jsoup.parse(confirmed.asString());
        assertEquals("Confirmed", outcome.selectFirst("#review h2").text());
        assertTrue(outcome.selectFirst("#open-graphiql").attr("href").startsWith("/q/graphql-ui/?query="));

        JsonPath stored = GraphQL.asEditor("desk-article", "id", id).extract().jsonPath();
        assertEquals("CONFIRMED", stored.getString("data.article.status"), stored.prettify());
        assertEquals(List.of("Busan", "2017-03-03"), List.of(stored.getString("data.article.meeting.city"),
                stored.getString("data.article.meeting.date")));
        assertEquals(List.of("Haruto Mori", "Seo Ji-hoon"),
                stored.getList("data.article.meeting.participants.name"), "by name");
        assertEquals(List.of("Haruto Mori", "Haruto Mori"),
                stored.getList("data.article.meeting.quotes.nodes.speaker.name"),
                "quote 1 moved, 3 and 4 not recorded");
        assertEquals(List.of("We agreed that provocations will only deepen the North's isolation",
                "Our two countries will keep working closely with Washington"),
                stored.getList("data.article.meeting.quotes.nodes.text"));

        Response again = htmx().formParams(form).when().post(page + "/confirm");
        assertEquals(409, again.statusCode(), again.asString());
        assertEquals("#messages", again.header("HX-Retarget"));
        Element failure = Jsoup.parse(again.asString()).selectFirst(".failure[role=alert]");
        assertEquals("Someone else changed this article CONFLICT", failure.selectFirst("p").text());
        assertEquals("This article was confirmed meanwhile, in another tab or by another editor; nothing of this page"
                + " was stored. Reload the page to see it.", failure.select("p").get(1).text());
        JsonPath after = GraphQL.asEditor("desk-article", "id", id).extract().jsonPath();
        assertEquals(2, after.getList("data.article.meeting.quotes.nodes").size(), "nothing recorded twice");

        Document shown = Jsoup.parse(editor().when().get(page).then().statusCode(200).extract().asString());
        assertEquals(List.of("1 · Haruto Mori", "2 · Haruto Mori"), shown.select("sup.who").eachText(),
                "a confirmed article shows the quotes recorded from it");
        assertTrue(shown.select("#confirm-form").isEmpty());
    }

    @Test
    void aDraftCanBeRejected() throws IOException {
        String page = draft("2017-03-05", "\nA second wire carried the same report.");
        Document review = Jsoup.parse(editor().when().get(page).then().statusCode(200).extract().asString());
        String rejected = htmx().formParam("version", formData(review).get("version")).when().post(page + "/reject")
                .then().statusCode(200).extract().asString();
        assertEquals("Rejected", Jsoup.parse(rejected).selectFirst("#review h2").text());
        GraphQL.asEditor("desk-article", "id", page.substring(page.lastIndexOf('/') + 1))
                .body("data.article.status", equalTo("REJECTED"));
    }

    @Test
    void refusalsAreCodedMessages() throws IOException {
        int before = articleCount();
        Response badDate = htmx().formParams(article("2017-02-30")).when().post("/desk/articles");
        assertEquals(400, badDate.statusCode());
        assertEquals("#messages", badDate.header("HX-Retarget"));
        Element failure = Jsoup.parse(badDate.asString()).selectFirst(".failure");
        assertEquals("Please correct this BAD_USER_INPUT", failure.selectFirst("p").text());
        assertEquals("The publication date must be a day written YYYY-MM-DD, years 1 to 9999; '2017-02-30' is not one",
                failure.select("p").get(1).text());
        assertEquals(before, articleCount());

        Document missing = Jsoup.parse(editor().when().get("/desk/articles/987654").then().statusCode(404).extract()
                .asString());
        assertEquals("There is no article 987654; pick one from the desk's lists",
                missing.select(".failure p").get(1).text());
        assertNotNull(missing.selectFirst("header.bar"), "a page asked for is answered with a page");
        editor().when().get("/desk/articles/abc").then().statusCode(400).body(containsString("BAD_USER_INPUT"));
    }

    @Test
    void pagesCannotRunScriptsOrBeFramed() throws IOException {
        editor().when().get("/desk").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY").header("Cache-Control", "no-store");
        Map<String, String> input = article("2017-03-04");
        input.put("url", "javascript:alert(document.cookie)");
        Response refused = htmx().formParams(input).when().post("/desk/articles");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("The address must be a web address starting with http:// or https://"),
                refused.asString());
        Errors.single(GraphQL.asEditor("ingest-article", "input", Map.of("text", input.get("text"), "publishedOn",
                "2017-03-04", "url", "data:text/html,hello")), "BAD_USER_INPUT", "input.url must be a web address");
    }

    @Test
    void theReviewFormsRefusalsNameItsOwnFields() throws IOException {
        String page = draft("2017-04-08", "\nThe talks ran late into the evening.");
        Map<String, String> form = formData(Jsoup.parse(editor().when().get(page).then().extract().asString()));

        Map<String, String> wrongSpeaker = new LinkedHashMap<>(form);
        wrongSpeaker.put("quote-0", DeskForms.DROP);
        wrongSpeaker.put("quote-1", "Nobody Here");
        assertEquals("quote 2 (speaker): 'Nobody Here' is not a participant; name one of Seo Ji-hoon, Haruto Mori,"
                + " or add them to the participants", refusal(page, wrongSpeaker));

        Map<String, String> nobody = new LinkedHashMap<>(form);
        nobody.remove("participant-0");
        nobody.remove("participant-1");
        assertEquals("Tick at least one participant, or add one: a meeting needs someone who took part",
                refusal(page, nobody));

        Map<String, String> twin = new LinkedHashMap<>(form);
        twin.put("add-name-0", "kim hong-kyun");
        twin.put("add-country-0", "KR");
        assertEquals("Kim Hong-kyun is in the record already: pick them under \u201cIn the record\u201d instead of"
                + " adding a new envoy", refusal(page, twin));

        twin.put("add-name-0", "Kim\u00a0 Hong-kyun");
        assertEquals("Kim Hong-kyun is in the record already: pick them under \u201cIn the record\u201d instead of"
                + " adding a new envoy", refusal(page, twin), "a no-break space from a web page is a space");

        Map<String, String> nowhere = new LinkedHashMap<>(form);
        nowhere.put("target", "elsewhere");
        assertEquals("Choose where the article goes: the meeting in the record, a new meeting or another meeting by"
                + " id", refusal(page, nowhere));

        Map<String, String> cleared = new LinkedHashMap<>(form);
        cleared.put("meeting-city", " ");
        assertEquals("Give the meeting's city, or add the article to a meeting in the record", refusal(page, cleared));

        Map<String, String> corrected = new LinkedHashMap<>(form);
        corrected.put("add-name-0", "Aiko Tanabe");
        corrected.put("add-country-0", "jp");
        corrected.put("add-title-0", "deputy director");
        corrected.put("quote-3", "Aiko Tanabe");
        corrected.put("meeting-venue", "");
        htmx().formParams(corrected).when().post(page + "/confirm").then().statusCode(200);
        JsonPath stored = GraphQL.asEditor("desk-article", "id", page.substring(page.lastIndexOf('/') + 1)).extract()
                .jsonPath();
        assertEquals(List.of("Aiko Tanabe", "Haruto Mori", "Seo Ji-hoon"),
                stored.getList("data.article.meeting.participants.name"));
        assertEquals("JP", stored.getString("data.article.meeting.participants[0].country.code"));
        assertEquals(null, stored.getString("data.article.meeting.venue"), "a venue cleared is none");
        assertEquals(List.of("Seo Ji-hoon", "Haruto Mori", "Aiko Tanabe"),
                stored.getList("data.article.meeting.quotes.nodes.speaker.name"));
    }

    @Test
    void aDraftedDateOutsideTheRecordsYearsIsLeftForTheEditor() throws IOException {
        String page = draft("0001-01-01", "\nNo one recalls a colder day.");
        Map<String, String> form = formData(Jsoup.parse(editor().when().get(page).then().extract().asString()));
        assertEquals("", form.get("meeting-date"), "Friday before 0001-01-01 is in the year 0");
        assertEquals("Give the meeting's date, or add the article to a meeting in the record", refusal(page, form));
    }

    @Test
    void pastingAStoredTextAgainSaysSo() throws IOException {
        Map<String, String> input = article("2017-03-04");
        input.put("text", input.get("text") + "\nOfficials declined to say more.");
        String first = htmx().formParams(input).when().post("/desk/articles").then().statusCode(204).extract()
                .header("HX-Redirect");
        assertEquals(first, htmx().formParams(input).when().post("/desk/articles").then().extract()
                .header("HX-Redirect"), "the same details: nothing to say");
        input.put("publishedOn", "2018-05-05");
        String again = htmx().formParams(input).when().post("/desk/articles").then().extract().header("HX-Redirect");
        assertEquals(first + "?pasted=before", again);
        Document page = Jsoup.parse(editor().when().get(again).then().statusCode(200).extract().asString());
        assertTrue(page.selectFirst(".notice").text().startsWith("This text was pasted before"));
        assertTrue(page.selectFirst("p.hint").text().contains("published 2017-03-04"));
    }

    @Test
    void aBrokenFormEncodingIsABadRequest() {
        Response broken = htmx().contentType("application/x-www-form-urlencoded")
                .body("text=%zz&publishedOn=2017-03-04")
                .when().post("/desk/articles");
        assertEquals(400, broken.statusCode(), broken.asString());
        assertTrue(broken.asString().contains("its percent-encoding is broken"), broken.asString());
    }

    /** Pastes the article of our own with a line added (a text of its own) and answers its review page's path. */
    private static String draft(String publishedOn, String addedLine) throws IOException {
        Map<String, String> input = article(publishedOn);
        input.put("text", input.get("text") + addedLine);
        return htmx().formParams(input).when().post("/desk/articles").then().statusCode(204).extract()
                .header("HX-Redirect");
    }

    private static String refusal(String page, Map<String, String> form) {
        Response refused = htmx().formParams(form).when().post(page + "/confirm");
        assertEquals(400, refused.statusCode(), refused.asString());
        return Jsoup.parse(refused.asString()).select(".failure p").get(1).text();
    }

    private static Map<String, String> formData(Document review) {
        Map<String, String> data = new LinkedHashMap<>();
        ((FormElement) review.selectFirst("form#confirm-form")).formData()
                .forEach(field -> data.put(field.key(), field.value()));
        return data;
    }

    private static Map<String, String> article(String publishedOn) throws IOException {
        Map<String, String> input = new LinkedHashMap<>();
        try (InputStream in = DeskPagesTest.class.getClassLoader().getResourceAsStream(BUSAN)) {
            input.put("text", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        input.put("publishedOn", publishedOn);
        input.put("source", "Desk Wire");
        return input;
    }

    private static int articleCount() {
        return GraphQL.asEditor("desk-article-count").extract().jsonPath().getInt("data.articles.totalCount");
    }

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR_PASSWORD);
    }

    private static RequestSpecification htmx() {
        return editor().header("HX-Request", "true");
    }
}
