/**
 * Ingest: input files to {@link vn.tindex.model.Article}s. {@link vn.tindex.ingest.ArticleInputs} walks paths and
 * dispatches by extension to {@link vn.tindex.ingest.HtmlArticleReader}, {@link vn.tindex.ingest.TextArticleReader}
 * and {@link vn.tindex.ingest.JsonlArticleReader}; each returns a {@link vn.tindex.ingest.ReadResult} (an article or
 * an {@link vn.tindex.model.Issue}), never an exception for bad data. {@link vn.tindex.ingest.TextCleaner} normalizes
 * text (NFC, spaces, paragraphs) and {@link vn.tindex.ingest.ArticleIds} makes the contract's stable ids. The
 * Vietnamese words of page furniture live in {@code page-phrases.txt} beside the classes.
 */
package vn.tindex.ingest;
