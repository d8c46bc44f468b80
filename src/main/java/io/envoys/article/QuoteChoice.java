package io.envoys.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A quote to record from the article, by where it stands in the text, with its speaker. */
@Input("QuoteChoice")
@Description("A quote to record: the article's text from start to end (UTF-16 code units, end exclusive), said by a"
        + " participant.")
public class QuoteChoice {

    @NonNull
    @Description("Where the quote starts in the article's text.")
    public int start;

    @NonNull
    @Description("Where the quote ends in the article's text (exclusive).")
    public int end;

    @NonNull
    @Description("Who said it: the name of a participant (a ParticipantChoice's or a ProposedParticipant's name).")
    public String speaker;

    @Description("True for a fragment inside the reporter's sentence; left out, the draft's flag for the same passage,"
            + " or false.")
    public Boolean partial;
}
