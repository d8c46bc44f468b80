package io.envoys.graphql;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives the schema's mutation type a description that says what a client must know before sending several
 * mutations at once ({@link MutationsInOneTransaction}); SmallRye GraphQL writes only "Mutation root". Registered in
 * META-INF/services.
 */
public class MutationTypeDescription implements EventingService {

    static final String DESCRIPTION = "Changes to the record; each needs the editor role. The mutations of one request"
            + " run in order and are stored together or not at all: when one fails, the rest are not run, nothing is"
            + " stored and data is null.";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        if (schema.getMutationType() == null) {
            return GraphQLSchema.newSchema(schema);
        }
        String name = schema.getMutationType().getName();
        return GraphQLSchema.newSchema(SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
                    TraverserContext<GraphQLSchemaElement> context) {
                return type.getName().equals(name)
                        ? TreeTransformerUtil.changeNode(context, type.transform(changed -> changed.description(
                                DESCRIPTION)))
                        : TraversalControl.CONTINUE;
            }
        }));
    }
}
