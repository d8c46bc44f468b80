package io.envoys.desk;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.envoys.article.ArticleInput;
import io.envoys.article.ArticleService;
import io.envoys.error.ApiException;
import io.envoys.error.ErrorCode;
import io.envoys.read.ArticleConnection;
import io.envoys.read.ArticleFilter;
import io.envoys.read.ArticleReads;
import io.envoys.read.ArticleStatus;
import io.envoys.read.ArticleView;
import io.envoys.read.QuoteConnection;
import io.envoys.read.QuoteFilter;
import io.envoys.read.QuoteReads;
import io.envoys.read.QuoteView;
import io.envoys.read.Selection;
import io.envoys.security.Authentication;
import io.envoys.security.Editors;
import io.envoys.validation.Ids;
import io.envoys.validation.ListBounds;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.common.annotation.Blocking;

/**
 * The editors' desk at {@code /desk}: HTML pages (Qute templates under {@code templates/DeskPages}, htmx for the
 * forms) to ingest an article, review its draft with every quote marked in the text, correct and confirm or reject
 * it. It works through the same services as the GraphQL mutations ({@link ArticleService}, {@link ArticleReads}), so
 * the rules, transactions and messages are the API's. Every page needs the editor role (HTTP Basic: the browser asks
 * once per session); every POST must come from the desk itself ({@link SameOriginPosts}). Errors are answered as an
 * HTML fragment naming the code and what to do, with the status the code calls for.
 */
@Path("/desk")
@RolesAllowed(Editors.ROLE)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DeskPages {

    private static final Logger LOG = Logger.getLogger(DeskPages.class);
    private static final int LIST_SIZE = 20;
    private static final Selection LISTED = Selection.parse("{ totalCount nodes { id headline source publishedOn"
            + " status meeting { id title } } pageInfo { hasNextPage endCursor } }");
    private static final Selection REVIEWED = Selection.parse("{ id version status headline source url publishedOn"
            + " text meeting { id title date city } matchingMeeting { id title date city }"
            + " proposedMeeting { date city venue hostCountry { code } evidence { field text } }"
            + " proposedParticipants { name nameAsWritten titleAsWritten envoy { id } country { code }"
            + " evidence { field text } }"
            + " proposedQuotes { text start end partial continuation attribution speakerName speakerAsWritten"
            + " candidates cue cueEvidence { start end } } }");
    private static final Selection DECIDED = Selection.parse("{ id status meeting { id title date city } }");
    private static final Selection PASTED = Selection.parse("{ id publishedOn source url headline }");
    private static final Selection RECORDED = Selection.parse("{ nodes { text start end partial speaker { name }"
            + " article { id } } pageInfo { hasNextPage endCursor } }");

    private final ArticleService articles;
    private final ArticleReads reads;
    private final QuoteReads quotes;

    DeskPages(ArticleService articles, ArticleReads reads, QuoteReads quotes) {
        this.articles = articles;
        this.reads = reads;
        this.quotes = quotes;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(ArticleConnection drafts, String older, boolean olderPage,
                ArticleConnection confirmed);

        static native TemplateInstance review(ArticleView article, Review review, List<KnownEnvoy> envoys,
                String graphiql, boolean pastedBefore);

        static native TemplateInstance confirmed(ArticleView article, String graphiql);

        static native TemplateInstance rejected(ArticleView article);

        static native TemplateInstance failure(String code, String heading, String message);

        static native TemplateInstance failurePage(String code, String heading, String message);
    }

    /**
     * The desk: the form to paste an article, the drafts waiting for review (newest first, 20 a page, with a link to
     * the older ones) and the articles confirmed lately.
     *
     * @param olderThan the cursor after which the page of drafts starts (the link's), or null for the newest
     */
    @GET
    public TemplateInstance desk(@QueryParam("older-than") String olderThan) {
        ArticleConnection drafts = list(ArticleStatus.DRAFT, olderThan);
        String older = drafts.getPageInfo().isHasNextPage() ? "/desk?older-than="
                + URLEncoder.encode(drafts.getPageInfo().getEndCursor(), StandardCharsets.UTF_8) : null;
        return Templates.desk(drafts, older, olderThan != null, list(ArticleStatus.CONFIRMED, null));
    }

    /**
     * Ingests the pasted article (form fields {@code text}, {@code publishedOn} as YYYY-MM-DD, {@code source},
     * {@code url}, {@code headline}) and sends the browser to its review page (htmx's {@code HX-Redirect}); when the
     * same text was pasted before with other details, the page says that the stored article is shown.
     */
    @POST
    @Path("/articles")
    public Response ingest(MultivaluedMap<String, String> form) {
        ArticleInput input = DeskForms.article(form);
        ArticleView article;
        try {
            article = articles.ingest(input, PASTED);
        } catch (ApiException refused) {
            throw new ApiException(refused.code(), DeskForms.inPasteTerms(refused.getMessage()), refused);
        }
        boolean before = !input.publishedOn.equals(article.getPublishedOn())
                || !Objects.equals(input.source, article.getSource())
                || !Objects.equals(input.url, article.getUrl())
                || !Objects.equals(input.headline, article.getHeadline());
        return Response.noContent().header("HX-Redirect", "/desk/articles/" + article.getId()
                + (before ? "?pasted=before" : "")).build();
    }

    /**
     * The review page of one article: a draft's text with its proposed quotes marked and the form to correct it; a
     * confirmed article's with the quotes recorded from it; a rejected one's text alone.
     *
     * @param pasted {@code before} when the editor has just pasted a text stored before with other details
     */
    @GET
    @Path("/articles/{id}")
    public TemplateInstance review(@PathParam("id") String id, @QueryParam("pasted") String pasted) {
        ArticleView article = article(id);
        boolean pastedBefore = "before".equals(pasted);
        if (article.getStatus() == ArticleStatus.DRAFT) {
            return Templates.review(article, Review.of(article), KnownEnvoy.all(reads.directory()), null,
                    pastedBefore);
        }
        if (article.getMeeting() == null) {
            return Templates.review(article, Review.recorded(article, List.of()), List.of(), null, pastedBefore);
        }
        long meetingId = article.getMeeting().getId();
        return Templates.review(article, Review.recorded(article, recordedFrom(article.getId(), meetingId)),
                List.of(), MeetingInGraphiQL.link(meetingId), pastedBefore);
    }

    /**
     * Confirms the draft with the editor's corrections (the review form, {@link DeskForms#corrections}); a refusal
     * names the form's fields as the page does.
     */
    @POST
    @Path("/articles/{id}/confirm")
    public TemplateInstance confirm(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ReviewForm review = DeskForms.corrections(form, KnownEnvoy.all(reads.directory()));
        ArticleView article;
        try {
            article = articles.confirm(Ids.parse("id", id), DeskForms.version(form), review.corrections(), DECIDED);
        } catch (ApiException refused) {
            throw new ApiException(refused.code(), decidedMeanwhile(refused, id)
                    .orElse(review.inDeskTerms(refused.getMessage())), refused);
        }
        return Templates.confirmed(article, MeetingInGraphiQL.link(article.getMeeting().getId()));
    }

    /** Rejects the draft at the version the form names. */
    @POST
    @Path("/articles/{id}/reject")
    public TemplateInstance reject(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            return Templates.rejected(articles.reject(Ids.parse("id", id), DeskForms.version(form), DECIDED));
        } catch (ApiException refused) {
            throw new ApiException(refused.code(), decidedMeanwhile(refused, id).orElse(refused.getMessage()),
                    refused);
        }
    }

    /**
     * For a CONFLICT because the article was confirmed or rejected since the page was read (in another tab, or by
     * another editor), a message that says so; otherwise empty.
     */
    private Optional<String> decidedMeanwhile(ApiException refused, String id) {
        if (refused.code() != ErrorCode.CONFLICT) {
            return Optional.empty();
        }
        ArticleView now = reads.byId(Ids.parse("id", id), DECIDED);
        if (now == null || now.getStatus() == ArticleStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of("This article was " + now.getStatus().name().toLowerCase(Locale.ROOT) + " meanwhile, in"
                + " another tab or by another editor; nothing of this page was stored. Reload the page to see it.");
    }

    /**
     * A refusal of the service: for a form sent by htmx, a fragment it puts in the page's message area; for a page
     * asked for, a page.
     */
    @ServerExceptionMapper
    Response refused(ApiException refusal, HttpHeaders headers) {
        return failure(headers, status(refusal.code()), refusal.code().name(), heading(refusal.code()),
                refusal.getMessage());
    }

    /** No editor signed in: the browser is asked for an editor's name and password (HTTP Basic, RFC 7617). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Response signIn(RuntimeException unsigned, HttpHeaders headers) {
        Response page = failure(headers, Response.Status.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED.name(),
                "Sign in", "The desk is for editors: sign in with an editor's name and password");
        return Response.fromResponse(page).header(HttpHeaders.WWW_AUTHENTICATE, Authentication.BASIC_CHALLENGE)
                .build();
    }

    /** Signed in without the editor role. */
    @ServerExceptionMapper
    Response forbidden(ForbiddenException refused, HttpHeaders headers) {
        return failure(headers, Response.Status.FORBIDDEN, ErrorCode.FORBIDDEN.name(), "Editors only",
                "The desk needs the editor role, which your account does not have");
    }

    /**
     * A form body whose percent-encoding is broken ({@code %zz}), which no page of the desk sends; anything else
     * unexpected of the kind goes to {@link #unexpected}.
     */
    @ServerExceptionMapper
    Response unreadable(IllegalArgumentException thrown, HttpHeaders headers) {
        boolean form = thrown.getStackTrace().length > 0
                && thrown.getStackTrace()[0].getClassName().equals(URLDecoder.class.getName());
        return form ? failure(headers, Response.Status.BAD_REQUEST, ErrorCode.BAD_USER_INPUT.name(),
                "Please correct this", "The form could not be read (its percent-encoding is broken): reload the page"
                        + " and send it again") : unexpected(thrown, headers);
    }

    /** Anything unexpected: a generic message with a reference to the full report in the server log. */
    @ServerExceptionMapper
    Response unexpected(RuntimeException thrown, HttpHeaders headers) {
        if (thrown instanceof WebApplicationException answered) {
            return answered.getResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(thrown, "Unexpected failure on the desk, reference %s", reference);
        return failure(headers, Response.Status.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL.name(),
                "Something went wrong",
                "Something went wrong on our side; nothing was changed. Reference: " + reference);
    }

    private static Response failure(HttpHeaders headers, Response.Status status, String code, String heading,
            String message) {
        if (!"true".equals(headers.getHeaderString("HX-Request"))) {
            return Response.status(status).entity(Templates.failurePage(code, heading, message)).build();
        }
        return Response.status(status).entity(Templates.failure(code, heading, message))
                .header("HX-Retarget", "#messages").header("HX-Reswap", "innerHTML").build();
    }

    private ArticleView article(String id) {
        ArticleView article = reads.byId(Ids.parse("id", id), REVIEWED);
        if (article == null) {
            throw ApiException.notFound("There is no article " + id + "; pick one from the desk's lists");
        }
        return article;
    }

    /** The quotes of the meeting that were recorded from this article, all pages of them. */
    private List<QuoteView> recordedFrom(long articleId, long meetingId) {
        QuoteFilter filter = new QuoteFilter();
        filter.meetingId = String.valueOf(meetingId);
        List<QuoteView> found = new ArrayList<>();
        String after = null;
        do {
            QuoteConnection page = quotes.page(filter, ListBounds.PAGE_MAX, after, null, null, RECORDED);
            page.getNodes().stream().filter(quote -> quote.getArticle() != null
                    && quote.getArticle().getId() == articleId).forEach(found::add);
            after = page.getPageInfo().isHasNextPage() ? page.getPageInfo().getEndCursor() : null;
        } while (after != null);
        return found;
    }

    private ArticleConnection list(ArticleStatus status, String after) {
        ArticleFilter filter = new ArticleFilter();
        filter.status = status;
        return reads.page(filter, LIST_SIZE, after, null, null, LISTED);
    }

    private static Response.Status status(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case UNAVAILABLE, TIMEOUT -> Response.Status.SERVICE_UNAVAILABLE;
            case UNAUTHENTICATED -> Response.Status.UNAUTHORIZED;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            default -> Response.Status.BAD_REQUEST;
        };
    }

    private static String heading(ErrorCode code) {
        return switch (code) {
            case CONFLICT -> "Someone else changed this article";
            case NOT_FOUND -> "Not found";
            case UNAVAILABLE, TIMEOUT -> "The service is busy";
            default -> "Please correct this";
        };
    }
}
