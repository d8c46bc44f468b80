package io.envoys.live;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * On PostgreSQL, a replica is ready ({@code /q/health/ready}) only while it listens for record notices, so that a load
 * balancer sends subscribers to replicas that will deliver to them.
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class NoticesReadiness implements HealthCheck {

    private final PostgresNotices notices;

    NoticesReadiness(PostgresNotices notices) {
        this.notices = notices;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("record notices").status(notices.listening()).build();
    }
}
