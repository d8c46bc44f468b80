package io.envoys.security;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP Basic (the embedded users) and bearer JWTs (the identity provider a deployment names), with bad credentials
 * of either kind treated like none: the request goes on anonymously, queries still work, and a mutation answers
 * UNAUTHENTICATED in the GraphQL response instead of an empty 401, so clients see one coded error for a missing
 * password, a wrong one, an expired token, a foreign issuer or a forged signature, and nobody learns which it was.
 * It runs ahead of the JWT mechanism, so a bad token never reaches it. Each refused sign-in is logged (INFO, which
 * kind of credentials and from where, no stack trace), and the anonymous identity it continues with has a principal
 * named "-", as access logs write an unknown user.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    private static final String REALM = "envoys";
    /** The {@code WWW-Authenticate} value that asks a browser for an account of this service (RFC 7617). */
    public static final String BASIC_CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    private static final String BEARER = "bearer ";
    private static final int PRIORITY = 10_000;
    private static final Logger LOG = Logger.getLogger(Authentication.class);
    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true)
            .setPrincipal(new QuarkusPrincipal("-")).build();

    private final BasicAuthenticationMechanism basic = new BasicAuthenticationMechanism(REALM, false);
    private final JWTAuthMechanism bearer;

    Authentication(JWTAuthMechanism bearer) {
        this.bearer = bearer;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviders) {
        boolean token = isBearer(context);
        HttpAuthenticationMechanism mechanism = token ? bearer : basic;
        return mechanism.authenticate(context, identityProviders)
                .onFailure(AuthenticationFailedException.class).recoverWithItem(refused -> {
                    LOG.infof("Sign-in refused: %s from %s; the request goes on without an account",
                            token ? "a bearer token" : "Basic credentials", context.request().remoteAddress());
                    return ANONYMOUS;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return basic.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        Set<Class<? extends AuthenticationRequest>> types = new HashSet<>(basic.getCredentialTypes());
        types.addAll(bearer.getCredentialTypes());
        return types;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return isBearer(context) ? bearer.getCredentialTransport(context) : basic.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    private static boolean isBearer(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER);
    }
}
