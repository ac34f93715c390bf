package uk.nhs.coproduction.catalog.resource;

/**
 * What sort of work a resource is. Labels, definitions and the schema.org and Dublin Core types
 * each kind maps to are in the {@link Vocabularies} data.
 *
 * @since 0.1.0
 */
public enum Kind implements ControlledTerm {
    /** A short introduction to a subject. */
    INTRODUCTION("introduction"),
    /** A review of published evidence. */
    LITERATURE_REVIEW("literature-review"),
    /** Practical guidance on how to do something. */
    GUIDE("guide"),
    /** Formal or statutory guidance from a national body. */
    GUIDANCE("guidance"),
    /** A policy that sets rules, such as payment of partners. */
    POLICY("policy"),
    /** A film. */
    FILM("film"),
    /** An animation. */
    ANIMATION("animation"),
    /** A diagram or model shown as a picture. */
    DIAGRAM("diagram"),
    /** A printable postcard. */
    POSTCARD("postcard"),
    /** A collection of resources used together. */
    TOOLKIT("toolkit"),
    /** A report of findings. */
    REPORT("report"),
    /** Examples or case studies from practice. */
    CASE_STUDY("case-study"),
    /** A web page or set of pages. */
    WEB_PAGE("web-page");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
