package io.envoys.read;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.envoys.db.Sql;
import io.envoys.db.Where;
import io.envoys.error.ApiException;
import io.envoys.ingestion.Directory;
import io.envoys.ingestion.Draft;
import io.envoys.validation.Dates;
import io.envoys.validation.Text;

/**
 * What the read room offers for articles: the {@code article} and {@code articles} query fields, the article a
 * mutation returns, and the drafts that ingestion and confirmation work from ({@link ArticleDrafts}).
 */
@ApplicationScoped
public class ArticleReads {

    private static final String SELECT = "select " + ArticleView.columns("a") + " from article a";
    private static final ListQuery<ArticleView> PAGE = new ListQuery<>("articles", "select count(*) from article a",
            Keyset.of(Keyset.number("a.id").desc()), article -> new Object[] {article.id()});

    private final Sql sql;
    private final ArticleDrafts drafts;

    ArticleReads(Sql sql, ArticleDrafts drafts) {
        this.sql = sql;
        this.drafts = drafts;
    }

    /**
     * Refuses a selection of articles that are public as confirmed sources (a subscription's events) when it asks for
     * a draft, which only editors read.
     *
     * @throws ApiException BAD_USER_INPUT naming the draft field
     */
    public static void refuseDrafts(Selection selection, String where) {
        ArticleLoader.refuseDrafts(selection, where);
    }

    /** The article with this id with the fields {@code selection} asks for, or null when there is none. */
    public ArticleView byId(long id, Selection selection) {
        List<ArticleView> found = sql.rows(SELECT + " where a.id = ?", List.of(id)).stream()
                .map(row -> ArticleView.read(row, 0)).toList();
        drafts.expand(found, selection);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * One page of the articles matching {@code filter}, newest first.
     *
     * @param first how many rows from the start, or from {@code after}, 1 to 100 (neither size given: 20)
     * @param after a cursor this list returned, or null
     * @param last instead of {@code first}: how many rows from the end, or before {@code before}, 1 to 100
     * @param before a cursor this list returned, or null
     * @param connection the selection below the connection field
     * @throws ApiException BAD_USER_INPUT for a size out of range, both sizes, a cursor of another list or of the
     *     other direction, or a filter whose from is after its to
     */
    public ArticleConnection page(ArticleFilter filter, Integer first, String after, Integer last, String before,
            Selection connection) {
        Page<ArticleView> page = PAGE.fetch(sql, SELECT, row -> ArticleView.read(row, 0), where(filter),
                PageRequest.of("articles", first, after, last, before), connection.has("totalCount"));
        drafts.expand(page.rows(), connection.nodes());
        return new ArticleConnection(page);
    }

    /**
     * The meeting already in the record that a draft most likely reports (dated within a day of it, with the most
     * of its known participants), as {@code matchingMeeting} shows it; null when none fits.
     */
    public Long matchingMeeting(Draft draft) {
        return drafts.matching(draft);
    }

    /** Every envoy and country the record holds now: what a draft matches names against. */
    public Directory directory() {
        return drafts.directory();
    }

    /**
     * The draft of an article's text against {@code directory}.
     *
     * @throws IllegalArgumentException when the text is blank or longer than the drafter takes
     */
    public Draft draft(String text, LocalDate publishedOn, Directory directory) {
        return drafts.draft(text, publishedOn, directory);
    }

    private static Where where(ArticleFilter filter) {
        Where where = new Where();
        if (filter == null) {
            return where;
        }
        Dates.requireOrdered("filter.from", filter.from, filter.to, "nothing");
        if (filter.status != null) {
            where.and("a.status = ?", filter.status.name());
        }
        if (filter.source != null) {
            where.and("lower(a.source) = lower(?)", Text.filterValue("filter.source", filter.source));
        }
        if (filter.from != null) {
            where.and("a.published_on >= ?", filter.from);
        }
        if (filter.to != null) {
            where.and("a.published_on <= ?", filter.to);
        }
        return where;
    }
}
