package uk.nhs.coproduction.app.web.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A link to a resource's file or web page: the text says what it is, and the NHS link label says
 * the format, size and length before anyone follows it.
 *
 * @param href the address
 * @param text the link text
 * @param label the link label, such as {@code (PDF only, 1.23MB, 12 pages)}, or null for a web page
 */
public record LinkView(String href, String text, @Nullable String label) {
}
