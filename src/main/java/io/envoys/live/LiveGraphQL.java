package io.envoys.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.envoys.graphql.CurrentSelection;
import io.envoys.graphql.ws.Subscriptions;
import io.envoys.read.ArticleView;
import io.envoys.read.MeetingView;
import io.envoys.read.QuoteView;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * The live record: GraphQL subscriptions, served over a WebSocket on /graphql (graphql-transport-ws). Each event is
 * sent after its transaction commits; events of one meeting come in commit order; a subscriber receives only what
 * commits after it subscribed.
 */
@GraphQLApi
public class LiveGraphQL {

    private static final String DELIVERY = " Sent after the change commits, read as the record is then (it may already"
            + " show later changes); a subscriber receives only what commits after it subscribed (for what it missed,"
            + " query with recordedSince).";

    private final LiveRecord live;
    private final CurrentSelection selection;
    private final Subscriptions subscriptions;

    LiveGraphQL(LiveRecord live, CurrentSelection selection, Subscriptions subscriptions) {
        this.live = live;
        this.selection = selection;
        this.subscriptions = subscriptions;
    }

    @Subscription("quoteRecorded")
    @NonNull
    @Description("Each quote recorded from now on (by recordQuote, or by confirming an article) that passes the"
            + " filter." + DELIVERY)
    public Multi<QuoteView> quoteRecorded(
            @Name("filter") @Description("Conditions the quotes must meet; leave out for all.")
            QuoteRecordedFilter filter) {
        return live.quotesRecorded(filter, selection.get(), subscriptions.slowConsumerCloser());
    }

    @Subscription("meetingRecorded")
    @NonNull
    @Description("Each meeting recorded from now on (by createMeeting, or by confirming an article into a new"
            + " meeting) that passes the filter." + DELIVERY)
    public Multi<MeetingView> meetingRecorded(
            @Name("filter") @Description("Conditions the meetings must meet; leave out for all.")
            MeetingRecordedFilter filter) {
        return live.meetingsRecorded(filter, selection.get(), subscriptions.slowConsumerCloser());
    }

    @Subscription("meetingChanged")
    @NonNull
    @Description("The meeting each time a change to it commits: its fields, its participants, a quote recorded or"
            + " deleted, an article confirmed into it (one event per committed request). Completes when the meeting"
            + " is deleted." + DELIVERY)
    public Multi<MeetingView> meetingChanged(@Name("id") @Id @NonNull @Description("The meeting's id.") String id) {
        return live.meetingChanges(id, selection.get(), subscriptions.slowConsumerCloser());
    }

    @Subscription("articleConfirmed")
    @NonNull
    @Description("Each article confirmed into the record from now on (confirmArticle)." + DELIVERY)
    public Multi<ArticleView> articleConfirmed() {
        return live.articlesConfirmed(selection.get(), subscriptions.slowConsumerCloser());
    }
}
