package uk.nhs.coproduction.app.web.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.coproduction.app.web.site.Page;

/**
 * The model of a resource's page ({@code catalog/resource.jte}).
 *
 * @param page the layout's page (its title is the resource's)
 * @param summary the summary
 * @param statusNote withdrawn or deprecated, and why, or null
 * @param replacement the resource that replaces it, or null
 * @param facts the summary list: kind, audiences, topics, publisher, dates…
 * @param links the resource's web page and files, with link labels
 * @param alternatives Easy Read, BSL and other versions
 * @param partOf the toolkits it belongs to
 * @param parts what it contains, if it is a toolkit
 * @param related similar resources
 * @param notes local notes
 * @param jsonLd schema.org JSON-LD, already safe inside a script element
 */
public record ResourcePage(Page page, String summary, @Nullable String statusNote, @Nullable RelatedLink replacement,
        List<Fact> facts, List<LinkView> links, List<RelatedLink> alternatives, List<RelatedLink> partOf,
        List<RelatedLink> parts, List<RelatedLink> related, List<String> notes, String jsonLd) {

    /**
     * One row of the summary list.
     *
     * @param label what it is
     * @param value its value
     */
    public record Fact(String label, String value) {
    }

    /**
     * A link to another resource's page.
     *
     * @param href its page
     * @param title its title
     * @param note a few words on how it relates, or ""
     */
    public record RelatedLink(String href, String title, String note) {
    }
}
