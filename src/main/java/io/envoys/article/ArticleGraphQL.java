package io.envoys.article;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.graphql.CurrentSelection;
import io.envoys.read.ArticleConnection;
import io.envoys.read.ArticleFilter;
import io.envoys.read.ArticleReads;
import io.envoys.read.ArticleView;
import io.envoys.read.ConnectionFields;
import io.envoys.security.Editors;
import io.envoys.validation.Ids;

/** The article fields of the API: ingestion, review and its queries, all for editors ({@link ArticleService}). */
@GraphQLApi
public class ArticleGraphQL {

    private final ArticleService articles;
    private final ArticleReads reads;
    private final CurrentSelection selection;

    ArticleGraphQL(ArticleService articles, ArticleReads reads, CurrentSelection selection) {
        this.articles = articles;
        this.reads = reads;
        this.selection = selection;
    }

    @Query("article")
    @RolesAllowed(Editors.ROLE)
    @Description("The article with this id, or null when there is none. Needs the editor role.")
    public ArticleView article(@Name("id") @Id @NonNull @Description("The article's id.") String id) {
        return reads.byId(Ids.parse("id", id), selection.get());
    }

    @Query("articles")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Articles, newest first; a page at a time (filter: status DRAFT for those waiting for review). Needs"
            + " the editor role.")
    public ArticleConnection articles(
            @Name("filter") @Description("Conditions the articles must meet; leave out for all.") ArticleFilter filter,
            @Name("first") @Description(ConnectionFields.FIRST) Integer first,
            @Name("after") @Description(ConnectionFields.AFTER) String after,
            @Name("last") @Description(ConnectionFields.LAST) Integer last,
            @Name("before") @Description(ConnectionFields.BEFORE) String before) {
        return reads.page(filter, first, after, last, before, selection.get());
    }

    @Mutation("ingestArticle")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Stores a news article as a DRAFT and returns it with what the service proposes from it: the meeting,"
            + " who took part and every quoted passage with its speaker, each with its evidence. The same text"
            + " ingested again returns the article already stored; a REJECTED one becomes a DRAFT again, with this"
            + " input's date, source, URL and headline. Needs the editor role.")
    public ArticleView ingestArticle(@Name("input") @NonNull @Description("The article.") ArticleInput input) {
        return articles.ingest(input, selection.get());
    }

    @Mutation("confirmArticle")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Records a DRAFT article's meeting (or adds to an existing one), participants, their titles and"
            + " quotes, as proposed or as corrected, in one transaction; the article becomes CONFIRMED. A known envoy"
            + " the article names otherwise (\"Sasha Volkonsky\" for Aleksandr Volkonsky) is known by that name too,"
            + " so the next article that writes it is matched to them. A stale version is a CONFLICT. Needs the"
            + " editor role.")
    public ArticleView confirmArticle(
            @Name("id") @Id @NonNull @Description("The article to confirm.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("corrections") @Description("What to change in the draft; leave out to record it as proposed.")
            ArticleCorrections corrections) {
        return articles.confirm(Ids.parse("id", id), expectedVersion, corrections, selection.get());
    }

    @Mutation("rejectArticle")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Marks a DRAFT article REJECTED: nothing of it enters the record. A stale version is a CONFLICT."
            + " Needs the editor role.")
    public ArticleView rejectArticle(
            @Name("id") @Id @NonNull @Description("The article to reject.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion) {
        return articles.reject(Ids.parse("id", id), expectedVersion, selection.get());
    }
}
