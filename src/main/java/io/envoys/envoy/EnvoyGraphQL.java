package io.envoys.envoy;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.shared.Editors;
import io.envoys.shared.Ids;
import io.envoys.shared.RootField;
import io.envoys.shared.RootFields;
import io.envoys.shared.Selection;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class EnvoyGraphQL implements RootFields {

    private final EnvoyService envoys;
    private final Context context;

    EnvoyGraphQL(EnvoyService envoys, Context context) {
        this.envoys = envoys;
        this.context = context;
    }

    @Query("envoy")
    @Description("The envoy with this id, or null when there is none.")
    public EnvoyView envoy(@Name("id") @Id @NonNull @Description("The envoy's id.") String id) {
        return envoys.byId(Ids.parse("id", id), Selection.of(context));
    }

    @Mutation("createEnvoy")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Adds an envoy. Needs the editor role.")
    public EnvoyView createEnvoy(@Name("input") @NonNull @Description("The new envoy.") EnvoyInput input) {
        return envoys.create(input, Selection.of(context));
    }

    @Mutation("updateEnvoy")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Replaces an envoy's fields if nobody changed it since you read it (expectedVersion); the version"
            + " then grows by one. A stale version is a CONFLICT. Needs the editor role.")
    public EnvoyView updateEnvoy(
            @Name("id") @Id @NonNull @Description("The envoy to change.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("The envoy's new fields.") EnvoyInput input) {
        return envoys.update(Ids.parse("id", id), expectedVersion, input, Selection.of(context));
    }

    @Mutation("deleteEnvoy")
    @RolesAllowed(Editors.ROLE)
    @Id
    @NonNull
    @Description("Removes an envoy who has no meetings and no quotes; returns the id. Needs the editor role.")
    public String deleteEnvoy(@Name("id") @Id @NonNull @Description("The envoy to remove.") String id) {
        return String.valueOf(envoys.delete(Ids.parse("id", id)));
    }

    @Query("envoys")
    @NonNull
    @Description("Envoys by name, then id; a page at a time.")
    public EnvoyConnection envoys(
            @Name("filter") @Description("Conditions the envoys must meet; leave out for all.") EnvoyFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor of the row after which the page starts.") String after) {
        return envoys.list(filter, first, after, Selection.of(context));
    }

    @Override
    public Map<String, RootField> rootFields() {
        return Map.of(
                "envoy", (arguments, selection) -> envoys.byId(Ids.parse("id", arguments.string("id")), selection),
                "envoys", (arguments, selection) -> envoys.list(arguments.input("filter", EnvoyFilter.class),
                        arguments.integer("first"), arguments.string("after"), selection));
    }
}
