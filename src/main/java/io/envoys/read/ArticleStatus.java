package io.envoys.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Where an article stands in review. */
@Enum("ArticleStatus")
@Description("Where an article stands in review: DRAFT until an editor confirms it (its meeting, envoys and quotes"
        + " enter the record) or rejects it.")
public enum ArticleStatus {
    DRAFT, CONFIRMED, REJECTED
}
