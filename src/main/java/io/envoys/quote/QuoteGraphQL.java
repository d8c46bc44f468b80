package io.envoys.quote;

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
import io.envoys.read.QuoteConnection;
import io.envoys.read.QuoteFilter;
import io.envoys.read.QuoteReads;
import io.envoys.read.QuoteView;
import io.envoys.security.Editors;
import io.envoys.validation.Ids;

@GraphQLApi
public class QuoteGraphQL {

    private final QuoteService quotes;
    private final QuoteReads reads;
    private final CurrentSelection selection;

    QuoteGraphQL(QuoteService quotes, QuoteReads reads, CurrentSelection selection) {
        this.quotes = quotes;
        this.reads = reads;
        this.selection = selection;
    }

    @Query("quote")
    @Description("The quote with this id, or null when there is none.")
    public QuoteView quote(@Name("id") @Id @NonNull @Description("The quote's id.") String id) {
        return reads.byId(Ids.parse("id", id), selection.get());
    }

    @Mutation("recordQuote")
    @RolesAllowed(Editors.ROLE)
    @NonNull
    @Description("Records what a participant said at a meeting, after the meeting's last quote. Needs the editor"
            + " role.")
    public QuoteView recordQuote(@Name("input") @NonNull @Description("The quote.") QuoteInput input) {
        return quotes.record(input, selection.get());
    }

    @Mutation("deleteQuote")
    @RolesAllowed(Editors.ROLE)
    @Id
    @NonNull
    @Description("Removes a quote; returns the id. The positions of the meeting's other quotes stay as they are."
            + " Needs the editor role.")
    public String deleteQuote(@Name("id") @Id @NonNull @Description("The quote to remove.") String id) {
        return String.valueOf(quotes.delete(Ids.parse("id", id)));
    }

    @Query("quotes")
    @NonNull
    @Description("Quotes: newest meeting first, then in the order said; a page at a time.")
    public QuoteConnection quotes(
            @Name("filter") @Description("Conditions the quotes must meet; leave out for all.") QuoteFilter filter,
            @Name("first") @Description(ConnectionFields.FIRST) Integer first,
            @Name("after") @Description(ConnectionFields.AFTER) String after,
            @Name("last") @Description(ConnectionFields.LAST) Integer last,
            @Name("before") @Description(ConnectionFields.BEFORE) String before) {
        return reads.page(filter, first, after, last, before, selection.get());
    }
}
