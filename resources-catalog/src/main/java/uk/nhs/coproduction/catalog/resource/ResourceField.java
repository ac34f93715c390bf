package uk.nhs.coproduction.catalog.resource;

/**
 * The fields of a {@link Resource}, by the name they have in every exchange format (JSON property,
 * CSV column). A {@link Violation} names the field it is about, so an import can point at the
 * column or property that is wrong.
 *
 * @since 0.1.0
 */
public enum ResourceField {
    /** {@link Resource#id()}. */
    ID("id"),
    /** {@link Resource#slug()}. */
    SLUG("slug"),
    /** {@link Resource#formerSlugs()}. */
    FORMER_SLUGS("formerSlugs"),
    /** {@link Resource#title()}. */
    TITLE("title"),
    /** {@link Resource#summary()}. */
    SUMMARY("summary"),
    /** {@link Resource#kind()}. */
    KIND("kind"),
    /** {@link Resource#audiences()}. */
    AUDIENCES("audiences"),
    /** {@link Resource#topics()}. */
    TOPICS("topics"),
    /** {@link Resource#language()}. */
    LANGUAGE("language"),
    /** {@link Resource#publisher()}. */
    PUBLISHER("publisher"),
    /** {@link Resource#creators()}. */
    CREATORS("creators"),
    /** {@link Resource#issued()}. */
    ISSUED("issued"),
    /** {@link Resource#modified()}. */
    MODIFIED("modified"),
    /** {@link Resource#licence()}. */
    LICENCE("licence"),
    /** {@link Resource#timeRequired()}. */
    TIME_REQUIRED("timeRequired"),
    /** {@link Resource#landingPage()}. */
    LANDING_PAGE("landingPage"),
    /** {@link Resource#formats()}. */
    FORMATS("formats"),
    /** {@link Resource#alternatives()}. */
    ALTERNATIVES("alternatives"),
    /** {@link Resource#partOf()}. */
    PART_OF("partOf"),
    /** {@link Resource#status()}. */
    STATUS("status"),
    /** {@link Resource#version()}. */
    VERSION("version"),
    /** {@link Resource#replaces()}. */
    REPLACES("replaces"),
    /** {@link Resource#replacedBy()}. */
    REPLACED_BY("replacedBy"),
    /** {@link Resource#withdrawalReason()}. */
    WITHDRAWAL_REASON("withdrawalReason");

    private final String wireName;

    ResourceField(String wireName) {
        this.wireName = wireName;
    }

    /** {@return the JSON property and CSV column name, never null} */
    public String wireName() {
        return wireName;
    }
}
