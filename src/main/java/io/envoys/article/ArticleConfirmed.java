package io.envoys.article;

/**
 * An article has been confirmed into the record, fired inside the confirming transaction after its quotes are written.
 *
 * @param articleId the article's id
 */
public record ArticleConfirmed(long articleId) {
}
