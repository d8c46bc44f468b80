package io.envoys.read;

import java.util.Map;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * The connection fields below the root: an envoy's meetings, quotes and counterparts, a country's envoys and hosted
 * meetings, a meeting's quotes and the articles that report it. Each is a page, shaped like the root connections ({@code first} 1 to 100, default 20,
 * and {@code after}, or {@code last} and {@code before}; {@code totalCount}, {@code nodes}, {@code edges},
 * {@code pageInfo}). The loaders read every page of a
 * level in one statement before the engine gets here, so these only hand over the page read for the field's argument
 * values ({@link NestedConnections}); the parameters declare the schema's arguments.
 */
@GraphQLApi
public class ConnectionFields {

    /** The description of every connection's {@code first}. */
    public static final String FIRST = "The first rows of the list (after `after` when given), 1 to 100; the first 20"
            + " when neither first nor last is given.";
    /** The description of every connection's {@code after}. */
    public static final String AFTER = "Cursor of the row after which the page starts (endCursor of the page before);"
            + " goes with first.";
    /** The description of every connection's {@code last}. */
    public static final String LAST = "The last rows of the list (before `before` when given), 1 to 100, in the"
            + " list's order; not with first.";
    /** The description of every connection's {@code before}. */
    public static final String BEFORE = "Cursor of the row before which the page ends (startCursor of the page"
            + " after); goes with last.";

    private final Instance<Context> context;

    ConnectionFields(Instance<Context> context) {
        this.context = context;
    }

    @Name("meetings")
    @NonNull
    @Description("Meetings the envoy took part in, oldest first (then by id); a page at a time.")
    public MeetingConnection envoyMeetings(@Source EnvoyView envoy,
            @Name("filter") @Description("Only meetings within these days.") DateRange filter,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (MeetingConnection) envoy.connection("meetings", arguments());
    }

    @Name("quotes")
    @NonNull
    @Description("Everything the envoy was quoted saying, by meeting date (then by meeting id), then by position in the"
            + " meeting; a page at a time.")
    public QuoteConnection envoyQuotes(@Source EnvoyView envoy,
            @Name("filter") @Description("Only quotes from meetings within these days.") DateRange filter,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (QuoteConnection) envoy.connection("quotes", arguments());
    }

    @Name("counterparts")
    @NonNull
    @Description("Envoys met at least once: most meetings together first, then by name; a page at a time.")
    public CounterpartConnection envoyCounterparts(@Source EnvoyView envoy,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (CounterpartConnection) envoy.connection("counterparts", arguments());
    }

    @Name("envoys")
    @NonNull
    @Description("Envoys who represent this country, by name (then by id); a page at a time.")
    public EnvoyConnection countryEnvoys(@Source CountryView country,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (EnvoyConnection) country.connection("envoys", arguments());
    }

    @Name("hostedMeetings")
    @NonNull
    @Description("Meetings this country hosted, newest first (then by id, highest first); a page at a time.")
    public MeetingConnection countryHostedMeetings(@Source CountryView country,
            @Name("filter") @Description("Only meetings within these days.") DateRange filter,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (MeetingConnection) country.connection("hostedMeetings", arguments());
    }

    @Name("quotes")
    @NonNull
    @Description("What was said at the meeting, in the order reported; a page at a time.")
    public QuoteConnection meetingQuotes(@Source MeetingView meeting,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (QuoteConnection) meeting.connection("quotes", arguments());
    }

    @Name("articles")
    @NonNull
    @Description("The confirmed articles that report the meeting, newest first (then by id, highest first), without"
            + " their drafts; a page at a time.")
    public ArticleConnection meetingArticles(@Source MeetingView meeting,
            @Name("first") @Description(FIRST) Integer first, @Name("after") @Description(AFTER) String after,
            @Name("last") @Description(LAST) Integer last, @Name("before") @Description(BEFORE) String before) {
        return (ArticleConnection) meeting.connection("articles", arguments());
    }

    /** The current field's argument values as the engine coerced them, the key its page was read under. */
    private Map<String, Object> arguments() {
        return context.get().unwrap(DataFetchingEnvironment.class).getArguments();
    }
}
