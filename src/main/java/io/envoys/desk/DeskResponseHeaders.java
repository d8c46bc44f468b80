package io.envoys.desk;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a browser may do with the desk's pages: scripts, styles, images and requests from this service only, never
 * inline scripts (a text that slipped past escaping still could not run), no plugins, no page of another site
 * framing the desk (clickjacking), no form posted elsewhere; and no caching of pages that hold unpublished drafts.
 * The Content Security Policy is CSP Level 3 (W3C); {@code X-Frame-Options} (RFC 7034) for older browsers.
 */
public class DeskResponseHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** Adds the headers to every answer under {@code /desk}. */
    @ServerResponseFilter
    public void guard(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/desk")) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", POLICY);
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
    }
}
