package io.envoys.graphql.scalar;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import io.envoys.graphql.SchemaChange;

/**
 * Installs the strict {@link IntScalar#INT}, {@link IdScalar#ID}, {@link DateScalar#DATE} and
 * {@link DateTimeScalar#DATE_TIME} in place of the lenient ones SmallRye GraphQL and graphql-java give when the schema
 * is built, so that every {@code Int}, {@code ID}, {@code Date} and {@code DateTime} input is coerced by the
 * specification (sections 3.5 and 6.1.2) wherever it stands, for the lean path, the engine and validation alike. {@code String} and {@code Boolean} are graphql-java's own, already strict.
 * Registered in META-INF/services.
 */
public class StrictScalars extends SchemaChange {

    @Override
    protected GraphQLSchema change(GraphQLSchema generated) {
        return SchemaTransformer.transformSchema(generated, new Replace());
    }

    private static final class Replace extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                TraverserContext<GraphQLSchemaElement> context) {
            GraphQLScalarType strict = switch (scalar.getName()) {
                case "Int" -> IntScalar.INT;
                case "Date" -> DateScalar.DATE;
                case "DateTime" -> DateTimeScalar.DATE_TIME;
                case "ID" -> IdScalar.ID;
                default -> null;
            };
            return strict == null || strict == scalar ? TraversalControl.CONTINUE
                    : TreeTransformerUtil.changeNode(context, strict);
        }
    }
}
