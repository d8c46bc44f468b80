package io.envoys.graphql;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * A change SmallRye GraphQL applies to the schema it generated, before it serves it: subclasses say what the change
 * is, and are registered in META-INF/services, where their order is the order they apply in.
 */
public abstract class SchemaChange implements EventingService {

    @Override
    public final String getConfigKey() {
        return null;
    }

    @Override
    public final GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return GraphQLSchema.newSchema(change(builder.build()));
    }

    /** The schema to serve instead of {@code generated}. */
    protected abstract GraphQLSchema change(GraphQLSchema generated);
}
