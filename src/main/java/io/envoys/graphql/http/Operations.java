package io.envoys.graphql.http;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.OperationDefinition;

/**
 * Which operation of a document a request runs (GraphQL spec, section 6.1: GetOperation). The gate answers a request
 * that selects none itself, so that every request the engine runs has passed the gate's checks for its operation.
 */
final class Operations {

    private Operations() {
    }

    /**
     * The operation the request runs: the one {@code operationName} names, or the document's only operation when it
     * names none (null or empty, as graphql-js reads it); null when there is no such operation.
     */
    static OperationDefinition selected(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(operation -> operationName.equals(operation.getName())).findFirst()
                .orElse(null);
    }

    /** Why {@link #selected} found no operation, for a client to act on. */
    static String noneSelected(Document document, String operationName) {
        String names = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .map(OperationDefinition::getName).filter(Objects::nonNull).map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        if (operationName == null || operationName.isEmpty()) {
            return "The document has several operations; name the one to run in operationName (" + names + ")";
        }
        return "The document has no operation named '" + operationName + "'; operationName must name one of its"
                + " operations" + (names.isEmpty() ? ", or be left out" : " (" + names + ")");
    }
}
