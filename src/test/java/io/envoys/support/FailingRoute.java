package io.envoys.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A route on {@code /graphql} that fails, on purpose, for requests carrying {@link #HEADER}, so that tests see how the
 * service answers and logs a failure nobody foresaw. Every other request passes through untouched.
 */
@ApplicationScoped
public class FailingRoute {

    public static final String HEADER = "X-Envoys-Test-Failure";

    void install(@Observes Router router) {
        router.route("/graphql").order(-1_000).handler(ctx -> {
            if (ctx.request().getHeader(HEADER) != null) {
                throw new IllegalStateException("failed on purpose by a test");
            }
            ctx.next();
        });
    }
}
