package io.envoys.read;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The conditions of the {@code articles} query; all given ones must hold. */
@Input("ArticleFilter")
@Description("Narrows a list of articles; all given conditions must hold.")
public class ArticleFilter {

    @Description("Only articles in this state, e.g. DRAFT for those waiting for review.")
    public ArticleStatus status;

    @Description("Only articles from this source, ignoring case.")
    public String source;

    @Description("Only articles published on or after this day.")
    public LocalDate from;

    @Description("Only articles published on or before this day.")
    public LocalDate to;
}
