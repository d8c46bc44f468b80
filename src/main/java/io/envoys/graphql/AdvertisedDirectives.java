package io.envoys.graphql;

import java.util.Set;

import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLSchema;

/**
 * Makes introspection's {@code __schema { directives }} list only the directives this service acts on: {@code @skip}
 * and {@code @include} in queries, {@code @deprecated} and {@code @specifiedBy} in the schema (GraphQL spec, section
 * 3.13). graphql-java adds {@code @defer}, {@code @oneOf} and {@code @experimental_disableErrorPropagation} to every
 * schema and SmallRye GraphQL adds {@code @rolesAllowed} and {@code @constraint}; the served SDL shows none of them and
 * the gate refuses them in queries, so introspection does not advertise them either. Registered in META-INF/services
 * after the schema changes that rebuild the code registry, so that none of them drops its fetcher.
 */
public class AdvertisedDirectives extends SchemaChange {

    /** The names of the directives introspection lists. */
    static final Set<String> ACTED_ON = Set.of("include", "skip", "deprecated", "specifiedBy");

    @Override
    protected GraphQLSchema change(GraphQLSchema generated) {
        DataFetcher<Object> actedOn = environment -> environment.getGraphQLSchema().getDirectives().stream()
                .filter(AdvertisedDirectives::isActedOn).toList();
        return generated.transform(schema -> schema.codeRegistry(generated.getCodeRegistry().transform(registry ->
                registry.dataFetcher(FieldCoordinates.coordinates(Introspection.__Schema.getName(), "directives"),
                        actedOn))));
    }

    private static boolean isActedOn(GraphQLDirective directive) {
        return ACTED_ON.contains(directive.getName());
    }
}
