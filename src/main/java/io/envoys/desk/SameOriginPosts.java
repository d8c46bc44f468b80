package io.envoys.desk;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery protection for the desk's forms: a POST under {@code /desk} must carry htmx's
 * {@code HX-Request: true} header, which a page on another site cannot add without a CORS preflight that this
 * service never grants (the same reasoning as the GraphQL endpoint's refusal of form-encoded POSTs), and when the
 * browser names the {@code Origin}, its host and port must be the ones the request was sent to ({@code Host}): a
 * scheme cannot differ, as one port serves one. Anything else is answered 403 before the form is read, and nothing
 * changes.
 */
public class SameOriginPosts {

    /** Answers 403 to a desk POST that did not come from the desk's own pages; null lets it through. */
    @ServerRequestFilter
    public Response refuseForeignPosts(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/desk")) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        boolean fromDesk = "true".equals(request.getHeaderString("HX-Request"));
        String host = request.getHeaderString("Host");
        boolean sameOrigin = origin == null || host != null && origin.substring(origin.indexOf("://") + 3).equals(host);
        if (fromDesk && sameOrigin) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("FORBIDDEN: the desk accepts forms only from its own pages at /desk; reload the page and"
                        + " submit it there").build();
    }
}
