package io.envoys.envoy;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.envoys.graphql.CurrentSelection;
import io.envoys.read.ConnectionFields;
import io.envoys.read.EnvoyConnection;
import io.envoys.read.EnvoyFilter;
import io.envoys.read.EnvoyReads;
import io.envoys.read.EnvoyView;
import io.envoys.security.Editors;
import io.envoys.validation.Ids;

@GraphQLApi
public class EnvoyGraphQL {

    private final EnvoyService envoys;
    private final EnvoyReads reads;
    private final CurrentSelection selection;

    EnvoyGraphQL(EnvoyService envoys, EnvoyReads reads, CurrentSelection selection) {
        this.envoys = envoys;
        this.reads = reads;
        this.selection = selection;
    }

    @Query("envoy")
    @Description("The envoy with this id, or null when there is none.")
    public EnvoyView envoy(@Name("id") @Id @NonNull @Description("The envoy's id.") String id) {
        return reads.byId(Ids.parse("id", id), selection.get());
    }

    @Mutation("createEnvoy")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Adds an envoy. Needs the editor role.")
    public EnvoyView createEnvoy(@Name("input") @NonNull @Description("The new envoy.") EnvoyInput input) {
        return envoys.create(input, selection.get());
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
        return envoys.update(Ids.parse("id", id), expectedVersion, input, selection.get());
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
            @Name("first") @Description(ConnectionFields.FIRST) Integer first,
            @Name("after") @Description(ConnectionFields.AFTER) String after,
            @Name("last") @Description(ConnectionFields.LAST) Integer last,
            @Name("before") @Description(ConnectionFields.BEFORE) String before) {
        return reads.page(filter, first, after, last, before, selection.get());
    }
}
