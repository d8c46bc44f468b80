package io.envoys.read;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL, the statements that read the articles quotes and meetings link to look their keys up in their generic
 * plans: a quote's article by id, a meeting's articles a page at a time and counted, and the windows of article text
 * that quotes' excerpts are cut from.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "envoys.db-kind", matches = "postgresql")
class ArticlePlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void articleStatementsLookTheirKeysUp() throws SQLException {
        GenericPlans.assertKeysAreLookedUp(dataSource, Map.of(
                "articles by id", GenericPlans.joined(ArticleLoader.BY_IDS, List.of()),
                "articles by id without their text", GenericPlans.joined(ArticleLoader.BY_IDS_WITHOUT_TEXT, List.of()),
                "articles reporting meetings", GenericPlans.nested(ArticleLoader.REPORTING, List.of(), ""),
                "articles reporting meetings, without their text, after a cursor",
                GenericPlans.nested(ArticleLoader.REPORTING_WITHOUT_TEXT, List.of(),
                        " and (a.published_on, a.id) < (date '2005-01-01', 3010000)"),
                "articles reporting meetings, counted", ArticleLoader.REPORTING.count(""),
                "windows of article text around quotes", QuoteExcerpts.WINDOWS,
                "article text up to the windows around quotes", QuoteExcerpts.PREFIXES));
    }
}
