package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.envoys.ingestion.Evidence;

/** The words of an article a proposed value came from: {@code text} is {@code article.text[start:end]}. */
@Type("Evidence")
@Description("The words of the article a proposed value came from: text is the article's text from start (inclusive)"
        + " to end (exclusive), counted in UTF-16 code units as JavaScript and Java index strings.")
public class EvidenceView {

    private final Evidence evidence;

    EvidenceView(Evidence evidence) {
        this.evidence = evidence;
    }

    @NonNull
    @Description("Which value the words support: date, city, venue, hostCountry, name, title, country, cue...")
    public String getField() {
        return evidence.field();
    }

    @NonNull
    @Description("Where the words start in the article's text.")
    public int getStart() {
        return evidence.start();
    }

    @NonNull
    @Description("Where the words end in the article's text (exclusive).")
    public int getEnd() {
        return evidence.end();
    }

    @NonNull
    @Description("The words, exactly as in the article.")
    public String getText() {
        return evidence.text();
    }
}
