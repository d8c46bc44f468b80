package io.envoys.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.language.Node;
import graphql.language.SourceLocation;

/** An error as the client sees it: message, where in the query, and {@code extensions.code}, nothing else. */
public final class CodedError implements GraphQLError {

    private final ErrorCode code;
    private final String message;
    private final List<SourceLocation> locations;
    private final List<Object> path;

    /** An error with its code, message and, where known, its locations in the document and path in the result. */
    public CodedError(ErrorCode code, String message, List<SourceLocation> locations, List<Object> path) {
        this.code = code;
        this.message = message;
        this.locations = locations;
        this.path = path;
    }

    /** An error about one place in the document: a request error, with no path. */
    public static CodedError at(Node<?> node, ErrorCode code, String message) {
        return new CodedError(code, message, node.getSourceLocation() == null ? null
                : List.of(node.getSourceLocation()), null);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public ErrorCode getErrorType() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("message", message);
        if (locations != null && !locations.isEmpty()) {
            specification.put("locations", locations.stream()
                    .map(CodedError::location).toList());
        }
        if (path != null) {
            specification.put("path", path);
        }
        specification.put("extensions", getExtensions());
        return specification;
    }

    /** A location as the spec (section 7.1.2) and every other server write it: line, then column. */
    private static Map<String, Object> location(SourceLocation location) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("line", location.getLine());
        written.put("column", location.getColumn());
        return written;
    }
}
