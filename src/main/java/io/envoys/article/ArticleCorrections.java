package io.envoys.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What an editor changes in a draft before confirming it; everything left out keeps the draft's proposal. */
@Input("ArticleCorrections")
@Description("What to change in the draft before confirming it; everything left out keeps the draft's proposal.")
public class ArticleCorrections {

    @Description("Meeting fields instead of the draft's, for a new meeting: not with attachToMeetingId. Giving them"
            + " records a new meeting even when the draft has a matchingMeeting.")
    public MeetingCorrection meeting;

    @Id
    @Description("Add the participants and quotes to this meeting already in the record instead of the draft's"
            + " matchingMeeting, or of a new one when there is none.")
    public String attachToMeetingId;

    @Description("True to record a new meeting even though the draft has a matchingMeeting (left out, the article is"
            + " confirmed into its matchingMeeting when it has one). Not with attachToMeetingId.")
    public Boolean newMeeting;

    @Description("The participants, instead of the draft's (at most 50).")
    public List<@NonNull ParticipantChoice> participants;

    @Description("The quotes to record, instead of the draft's attributed ones (at most 500).")
    public List<@NonNull QuoteChoice> quotes;
}
