/**
 * Ingest: input files to {@link vn.tindex.model.Article}s. {@link vn.tindex.ingest.ArticleInputs} walks paths and
 * dispatches by extension to {@link vn.tindex.ingest.HtmlArticleReader}, {@link vn.tindex.ingest.TextArticleReader},
 * {@link vn.tindex.ingest.JsonlArticleReader} and {@link vn.tindex.ingest.WarcArticleReader} (streamed, record by
 * record, resuming after a broken one); each returns a {@link vn.tindex.ingest.ReadResult} (an article or
 * an {@link vn.tindex.model.Issue}), never an exception for bad data. {@link vn.tindex.ingest.TextCleaner} normalizes
 * text (NFC, spaces, paragraphs), {@link vn.tindex.ingest.ArticleIds} makes the contract's stable ids and
 * {@link vn.tindex.ingest.TextFingerprint} finds the same text at two addresses. {@code ingest.crawl} fetches a portal
 * politely into a WARC file. The
 * Vietnamese words of page furniture live in {@code page-phrases.txt} beside the classes.
 */
package vn.tindex.ingest;
