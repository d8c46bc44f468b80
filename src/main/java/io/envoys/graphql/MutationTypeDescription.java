package io.envoys.graphql;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * Gives the schema's mutation type a description that says what a client must know before sending several
 * mutations at once ({@link MutationsInOneTransaction}); SmallRye GraphQL writes only "Mutation root". Registered in
 * META-INF/services.
 */
public class MutationTypeDescription extends SchemaChange {

    static final String DESCRIPTION = "Changes to the record; each needs the editor role. The mutations of one request"
            + " run in order and are stored together or not at all: when one fails, the rest are not run, nothing is"
            + " stored and data is null.";

    @Override
    protected GraphQLSchema change(GraphQLSchema generated) {
        if (generated.getMutationType() == null) {
            return generated;
        }
        String name = generated.getMutationType().getName();
        return SchemaTransformer.transformSchema(generated, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
                    TraverserContext<GraphQLSchemaElement> context) {
                return type.getName().equals(name)
                        ? TreeTransformerUtil.changeNode(context, type.transform(changed -> changed.description(
                                DESCRIPTION)))
                        : TraversalControl.CONTINUE;
            }
        });
    }
}
