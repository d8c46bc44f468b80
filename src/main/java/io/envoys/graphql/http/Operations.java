package io.envoys.graphql.http;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;

/** Which operation of a document a request runs (GraphQL spec, section 6.1: GetOperation). */
final class Operations {

    private Operations() {
    }

    /** The operation the request runs, or null when the document leaves it open (the engine then says so). */
    static OperationDefinition selected(Document document, String operationName) {
        List<OperationDefinition> operations = named(document, operationName);
        return operations.size() == 1 ? operations.get(0) : null;
    }

    /** Whether the operations the name selects include a mutation (refused over GET). */
    static boolean isMutation(Document document, String operationName) {
        return named(document, operationName).stream()
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    /** The document's operations that the operation name names; all of them without a name. */
    private static List<OperationDefinition> named(Document document, String operationName) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName())).toList();
    }
}
