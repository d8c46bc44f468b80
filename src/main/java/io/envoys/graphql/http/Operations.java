package io.envoys.graphql.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
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

    /** The names of the fragments {@code operation} spreads, directly or through other fragments. */
    static Set<String> fragmentsUsedBy(Document document, OperationDefinition operation) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Set<String> used = new HashSet<>();
        Deque<Node<?>> pending = new ArrayDeque<>(List.of(operation));
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && used.add(spread.getName())) {
                pending.push(fragments.get(spread.getName()));
            }
            node.getChildren().forEach(pending::push);
        }
        return used;
    }
}
