package io.envoys.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An article as an editor pastes it. */
@Input("ArticleInput")
@Description("A news article to draft a meeting from.")
public class ArticleInput {

    @NonNull
    @Description("The article: plain text, or HTML pasted from a web page (reduced to its text); 1 to 100,000"
            + " UTF-16 code units of text (a character outside the Basic Multilingual Plane, such as an emoji, counts"
            + " two). Paragraphs on their own lines.")
    public String text;

    @NonNull
    @Description("When it was published; relative dates (\"on Tuesday\", \"yesterday\") count from it.")
    public LocalDate publishedOn;

    @Description("Who published it (an agency, a newspaper, a ministry), 1 to 200 characters.")
    public String source;

    @Description("Where it was published: an http:// or https:// address, 1 to 2,000 characters.")
    public String url;

    @Description("Its headline, 1 to 500 characters.")
    public String headline;
}
