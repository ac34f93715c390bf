package uk.nhs.coproduction.catalog.resource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A co-production resource: the work itself (an introduction, a guide, a film…), described once,
 * with the {@link Format}s it can be had in.
 *
 * <p>Build one with {@link #builder(ResourceId)}; {@link Builder#validate()} reports every rule
 * broken at once, {@link Builder#build()} throws if any is. The rules:
 * <ul>
 *   <li>a title of at most {@value #MAX_TITLE_LENGTH} characters and a plain-English summary of at
 *       most {@value #MAX_SUMMARY_LENGTH} characters, both required, one line each;</li>
 *   <li>a kind; a slug (defaults to the id's local part) that is not also a former slug;</li>
 *   <li>a BCP 47 language tag (default {@code en});</li>
 *   <li>a withdrawn resource says why; only a deprecated or withdrawn one names a replacement;</li>
 *   <li>no link (alternative, toolkit, replaces, replaced by) points at the resource itself.</li>
 * </ul>
 * Links to other resources are checked when resources are put together in a catalogue.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Resource {

    /** Longest title accepted, in characters. */
    public static final int MAX_TITLE_LENGTH = 150;
    /**
     * Longest plain-English summary accepted, in characters: about two short sentences, because
     * more than 4 in 10 adults struggle with health content.
     */
    public static final int MAX_SUMMARY_LENGTH = 300;
    /** Longest slug, publisher, licence or version text accepted, in characters. */
    public static final int MAX_SHORT_TEXT_LENGTH = 200;
    /** Longest withdrawal reason accepted, in characters. */
    public static final int MAX_REASON_LENGTH = 500;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ResourceId id;
    private final String slug;
    private final Set<String> formerSlugs;
    private final String title;
    private final String summary;
    private final Kind kind;
    private final Set<Audience> audiences;
    private final Set<Topic> topics;
    private final String language;
    private final @Nullable String publisher;
    private final List<String> creators;
    private final @Nullable PartialDate issued;
    private final @Nullable PartialDate modified;
    private final @Nullable String licence;
    private final @Nullable Duration timeRequired;
    private final @Nullable URI landingPage;
    private final List<Format> formats;
    private final Set<Alternative> alternatives;
    private final Set<ResourceId> partOf;
    private final Status status;
    private final @Nullable String version;
    private final Set<ResourceId> replaces;
    private final @Nullable ResourceId replacedBy;
    private final @Nullable String withdrawalReason;

    private Resource(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.slug = Objects.requireNonNull(b.slug != null ? b.slug : b.id.local());
        this.formerSlugs = Format.sortedCopy(b.formerSlugs);
        this.title = Objects.requireNonNull(b.title);
        this.summary = Objects.requireNonNull(b.summary);
        this.kind = Objects.requireNonNull(b.kind);
        this.audiences = Format.sortedCopy(b.audiences);
        this.topics = Format.sortedCopy(b.topics);
        this.language = b.language;
        this.publisher = b.publisher;
        this.creators = List.copyOf(b.creators);
        this.issued = b.issued;
        this.modified = b.modified;
        this.licence = b.licence;
        this.timeRequired = b.timeRequired;
        this.landingPage = b.landingPage;
        this.formats = List.copyOf(b.formats);
        this.alternatives = Format.sortedCopy(b.alternatives);
        this.partOf = Format.sortedCopy(b.partOf);
        this.status = b.status;
        this.version = b.version;
        this.replaces = Format.sortedCopy(b.replaces);
        this.replacedBy = b.replacedBy;
        this.withdrawalReason = b.withdrawalReason;
    }

    /**
     * {@return a builder for a resource with this id}
     *
     * @param id the resource's id
     */
    public static Builder builder(ResourceId id) {
        return new Builder(id);
    }

    /** {@return a builder holding every field of this resource, to make a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.slug = slug;
        b.formerSlugs = new ArrayList<>(formerSlugs);
        b.title = title;
        b.summary = summary;
        b.kind = kind;
        b.audiences = new ArrayList<>(audiences);
        b.topics = new ArrayList<>(topics);
        b.language = language;
        b.publisher = publisher;
        b.creators = new ArrayList<>(creators);
        b.issued = issued;
        b.modified = modified;
        b.licence = licence;
        b.timeRequired = timeRequired;
        b.landingPage = landingPage;
        b.formats = new ArrayList<>(formats);
        b.alternatives = new ArrayList<>(alternatives);
        b.partOf = new ArrayList<>(partOf);
        b.status = status;
        b.version = version;
        b.replaces = new ArrayList<>(replaces);
        b.replacedBy = replacedBy;
        b.withdrawalReason = withdrawalReason;
        return b;
    }

    /** {@return the stable id, never null} */
    public ResourceId id() {
        return id;
    }

    /** {@return the current slug for web addresses, never null} */
    public String slug() {
        return slug;
    }

    /** {@return slugs this resource had before, which should redirect to it; never null} */
    public Set<String> formerSlugs() {
        return formerSlugs;
    }

    /** {@return the title, never null} */
    public String title() {
        return title;
    }

    /** {@return the plain-English summary, never null} */
    public String summary() {
        return summary;
    }

    /** {@return what sort of work it is, never null} */
    public Kind kind() {
        return kind;
    }

    /** {@return who it is for, never null, possibly empty} */
    public Set<Audience> audiences() {
        return audiences;
    }

    /** {@return what it is about, never null, possibly empty} */
    public Set<Topic> topics() {
        return topics;
    }

    /** {@return its language as a BCP 47 tag such as {@code en} or {@code cy}, never null} */
    public String language() {
        return language;
    }

    /** {@return the organisation that publishes it, or null if not known} */
    public @Nullable String publisher() {
        return publisher;
    }

    /** {@return the organisations that made it (not people), in credit order; never null} */
    public List<String> creators() {
        return creators;
    }

    /** {@return when it was first published, as precisely as known, or null if not known} */
    public @Nullable PartialDate issued() {
        return issued;
    }

    /** {@return when it was last changed, or null if not known} */
    public @Nullable PartialDate modified() {
        return modified;
    }

    /**
     * {@return its licence (a name such as {@code OGL-UK-3.0} or an address), or null if not known}
     */
    public @Nullable String licence() {
        return licence;
    }

    /** {@return about how long it takes to use, or null if not known} */
    public @Nullable Duration timeRequired() {
        return timeRequired;
    }

    /** {@return the web page that holds it, or null if not known} */
    public @Nullable URI landingPage() {
        return landingPage;
    }

    /** {@return the formats it can be had in, never null, possibly empty when none is known} */
    public List<Format> formats() {
        return formats;
    }

    /** {@return other resources presenting the same work differently, never null} */
    public Set<Alternative> alternatives() {
        return alternatives;
    }

    /** {@return the toolkits this resource belongs to, never null} */
    public Set<ResourceId> partOf() {
        return partOf;
    }

    /** {@return where it is in its lifecycle, never null} */
    public Status status() {
        return status;
    }

    /** {@return its version label, or null} */
    public @Nullable String version() {
        return version;
    }

    /** {@return resources this one supersedes, never null} */
    public Set<ResourceId> replaces() {
        return replaces;
    }

    /** {@return the resource that supersedes this one, or null} */
    public @Nullable ResourceId replacedBy() {
        return replacedBy;
    }

    /** {@return why it was withdrawn: non-null exactly when the status is withdrawn} */
    public @Nullable String withdrawalReason() {
        return withdrawalReason;
    }

    /** {@return whether it is withdrawn} */
    public boolean isWithdrawn() {
        return status == Status.WITHDRAWN;
    }

    /**
     * {@return whether the resource exists only as PDF: it has formats, all of them PDF, and no web
     * page. The NHS service manual asks for such links to say "PDF only"}
     */
    public boolean isPdfOnly() {
        return !formats.isEmpty() && formats.stream().allMatch(Format::isPdf);
    }

    /** {@return the latest known date (modified, else issued), or null} */
    public @Nullable PartialDate latestDate() {
        return modified != null ? modified : issued;
    }

    /**
     * {@return a published copy (from draft or deprecated). A withdrawn resource cannot be
     * published again}
     */
    public Resource publish() {
        requireNotWithdrawn("published");
        return toBuilder().status(Status.PUBLISHED).replacedBy(null).build();
    }

    /**
     * {@return a deprecated copy, naming the replacement if there is one}
     *
     * @param replacement the resource that replaces it, or null
     */
    public Resource deprecate(@Nullable ResourceId replacement) {
        requireNotWithdrawn("deprecated");
        return toBuilder().status(Status.DEPRECATED).replacedBy(replacement).build();
    }

    /**
     * {@return a withdrawn copy, a tombstone that keeps the id from being reused. Withdrawing a
     * withdrawn resource again replaces the reason}
     *
     * @param reason why it was withdrawn
     */
    public Resource withdraw(String reason) {
        return toBuilder().status(Status.WITHDRAWN).withdrawalReason(reason).build();
    }

    private void requireNotWithdrawn(String wanted) {
        if (isWithdrawn()) {
            throw new IllegalStateException(id + " is withdrawn and stays withdrawn, so it cannot be " + wanted
                    + ": its id is never reused; publish a new resource that replaces it");
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Resource r && id.equals(r.id) && slug.equals(r.slug) && formerSlugs.equals(r.formerSlugs)
                && title.equals(r.title) && summary.equals(r.summary) && kind == r.kind
                && audiences.equals(r.audiences) && topics.equals(r.topics) && language.equals(r.language)
                && Objects.equals(publisher, r.publisher) && creators.equals(r.creators)
                && Objects.equals(issued, r.issued) && Objects.equals(modified, r.modified)
                && Objects.equals(licence, r.licence) && Objects.equals(timeRequired, r.timeRequired)
                && Objects.equals(landingPage, r.landingPage) && formats.equals(r.formats)
                && alternatives.equals(r.alternatives) && partOf.equals(r.partOf) && status == r.status
                && Objects.equals(version, r.version) && replaces.equals(r.replaces)
                && Objects.equals(replacedBy, r.replacedBy) && Objects.equals(withdrawalReason, r.withdrawalReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, slug, title, summary, kind, status, formats);
    }

    /** The id, status and title (a resource holds no personal data). */
    @Override
    public String toString() {
        return "Resource[" + id + ", " + status.code() + ", \"" + title + "\"]";
    }

    /**
     * Collects the fields of a {@link Resource}. Not thread-safe; each call returns this builder.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final ResourceId id;
        private @Nullable String slug;
        private List<String> formerSlugs = new ArrayList<>();
        private @Nullable String title;
        private @Nullable String summary;
        private @Nullable Kind kind;
        private List<Audience> audiences = new ArrayList<>();
        private List<Topic> topics = new ArrayList<>();
        private String language = "en";
        private @Nullable String publisher;
        private List<String> creators = new ArrayList<>();
        private @Nullable PartialDate issued;
        private @Nullable PartialDate modified;
        private @Nullable String licence;
        private @Nullable Duration timeRequired;
        private @Nullable URI landingPage;
        private List<Format> formats = new ArrayList<>();
        private List<Alternative> alternatives = new ArrayList<>();
        private List<ResourceId> partOf = new ArrayList<>();
        private Status status = Status.PUBLISHED;
        private @Nullable String version;
        private List<ResourceId> replaces = new ArrayList<>();
        private @Nullable ResourceId replacedBy;
        private @Nullable String withdrawalReason;

        private Builder(ResourceId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The slug; when never set it is the id's local part.
         *
         * @param value the slug; when never set it is the id's local part
         * @return this builder
         */
        public Builder slug(@Nullable String value) {
            this.slug = value;
            return this;
        }

        /**
         * Former slugs that should redirect here.
         *
         * @param values former slugs that should redirect here
         * @return this builder
         */
        public Builder formerSlugs(Collection<String> values) {
            this.formerSlugs = new ArrayList<>(values);
            return this;
        }

        /**
         * The title (required).
         *
         * @param value the title (required)
         * @return this builder
         */
        public Builder title(@Nullable String value) {
            this.title = value;
            return this;
        }

        /**
         * The plain-English summary (required).
         *
         * @param value the plain-English summary (required)
         * @return this builder
         */
        public Builder summary(@Nullable String value) {
            this.summary = value;
            return this;
        }

        /**
         * The kind (required).
         *
         * @param value the kind (required)
         * @return this builder
         */
        public Builder kind(@Nullable Kind value) {
            this.kind = value;
            return this;
        }

        /**
         * The audiences.
         *
         * @param values the audiences
         * @return this builder
         */
        public Builder audiences(Collection<Audience> values) {
            this.audiences = new ArrayList<>(values);
            return this;
        }

        /**
         * The topics.
         *
         * @param values the topics
         * @return this builder
         */
        public Builder topics(Collection<Topic> values) {
            this.topics = new ArrayList<>(values);
            return this;
        }

        /**
         * The BCP 47 language tag (default {@code en}).
         *
         * @param value the BCP 47 language tag (default {@code en})
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * The publishing organisation.
         *
         * @param value the publishing organisation
         * @return this builder
         */
        public Builder publisher(@Nullable String value) {
            this.publisher = value;
            return this;
        }

        /**
         * The organisations that made it.
         *
         * @param values the organisations that made it
         * @return this builder
         */
        public Builder creators(Collection<String> values) {
            this.creators = new ArrayList<>(values);
            return this;
        }

        /**
         * First published.
         *
         * @param value first published
         * @return this builder
         */
        public Builder issued(@Nullable PartialDate value) {
            this.issued = value;
            return this;
        }

        /**
         * Last changed.
         *
         * @param value last changed
         * @return this builder
         */
        public Builder modified(@Nullable PartialDate value) {
            this.modified = value;
            return this;
        }

        /**
         * The licence.
         *
         * @param value the licence
         * @return this builder
         */
        public Builder licence(@Nullable String value) {
            this.licence = value;
            return this;
        }

        /**
         * How long it takes to use.
         *
         * @param value how long it takes to use
         * @return this builder
         */
        public Builder timeRequired(@Nullable Duration value) {
            this.timeRequired = value;
            return this;
        }

        /**
         * The landing page.
         *
         * @param value the landing page
         * @return this builder
         */
        public Builder landingPage(@Nullable URI value) {
            this.landingPage = value;
            return this;
        }

        /**
         * The formats.
         *
         * @param values the formats
         * @return this builder
         */
        public Builder formats(Collection<Format> values) {
            this.formats = new ArrayList<>(values);
            return this;
        }

        /**
         * The linked alternatives.
         *
         * @param values the linked alternatives
         * @return this builder
         */
        public Builder alternatives(Collection<Alternative> values) {
            this.alternatives = new ArrayList<>(values);
            return this;
        }

        /**
         * The toolkits it belongs to.
         *
         * @param values the toolkits it belongs to
         * @return this builder
         */
        public Builder partOf(Collection<ResourceId> values) {
            this.partOf = new ArrayList<>(values);
            return this;
        }

        /**
         * The lifecycle status (default published).
         *
         * @param value the lifecycle status (default published)
         * @return this builder
         */
        public Builder status(Status value) {
            this.status = value;
            return this;
        }

        /**
         * The version label.
         *
         * @param value the version label
         * @return this builder
         */
        public Builder version(@Nullable String value) {
            this.version = value;
            return this;
        }

        /**
         * The resources it supersedes.
         *
         * @param values the resources it supersedes
         * @return this builder
         */
        public Builder replaces(Collection<ResourceId> values) {
            this.replaces = new ArrayList<>(values);
            return this;
        }

        /**
         * The resource that supersedes it.
         *
         * @param value the resource that supersedes it
         * @return this builder
         */
        public Builder replacedBy(@Nullable ResourceId value) {
            this.replacedBy = value;
            return this;
        }

        /**
         * Why it was withdrawn (required exactly when withdrawn).
         *
         * @param value why it was withdrawn (required exactly when withdrawn)
         * @return this builder
         */
        public Builder withdrawalReason(@Nullable String value) {
            this.withdrawalReason = value;
            return this;
        }

        /**
         * Checks every rule and returns the resource or every violation.
         *
         * @return the resource, or every violation of its rules
         */
        public ResourceValidation validate() {
            List<Violation> violations = violations();
            return violations.isEmpty()
                    ? new ResourceValidation.Accepted(new Resource(this))
                    : new ResourceValidation.Refused(violations);
        }

        /**
         * {@return the resource}
         *
         * @throws IllegalArgumentException listing every rule broken
         */
        public Resource build() {
            List<Violation> violations = violations();
            if (!violations.isEmpty()) {
                throw new IllegalArgumentException("resource " + id + " is not valid: " + violations);
            }
            return new Resource(this);
        }

        private List<Violation> violations() {
            List<Violation> found = new ArrayList<>();
            String effectiveSlug = slug != null ? slug : id.local();
            if (!isSlug(effectiveSlug)) {
                found.add(new Violation(ResourceField.SLUG, slugRule(effectiveSlug)));
            }
            for (String former : formerSlugs) {
                if (!isSlug(former)) {
                    found.add(new Violation(ResourceField.FORMER_SLUGS, slugRule(former)));
                } else if (former.equals(effectiveSlug)) {
                    found.add(new Violation(ResourceField.FORMER_SLUGS,
                            "'" + former + "' is the current slug, so it cannot also be a former one"));
                }
            }
            checkLine(found, ResourceField.TITLE, title, MAX_TITLE_LENGTH, true);
            checkLine(found, ResourceField.SUMMARY, summary, MAX_SUMMARY_LENGTH, true);
            if (kind == null) {
                found.add(new Violation(ResourceField.KIND, "is required"));
            }
            if (!isLanguageTag(language)) {
                found.add(new Violation(ResourceField.LANGUAGE,
                        "must be a BCP 47 language tag such as en, cy or pl, was '" + language + "'"));
            }
            checkLine(found, ResourceField.PUBLISHER, publisher, MAX_SHORT_TEXT_LENGTH, false);
            for (String creator : creators) {
                checkLine(found, ResourceField.CREATORS, creator, MAX_SHORT_TEXT_LENGTH, true);
            }
            if (issued != null && modified != null && modified.end().isBefore(issued.start())) {
                found.add(new Violation(ResourceField.MODIFIED,
                        "last changed " + modified + " is before first published " + issued));
            }
            checkLine(found, ResourceField.LICENCE, licence, MAX_SHORT_TEXT_LENGTH, false);
            if (timeRequired != null && (timeRequired.isNegative() || timeRequired.isZero())) {
                found.add(new Violation(ResourceField.TIME_REQUIRED, "must be positive, was " + timeRequired));
            }
            if (landingPage != null) {
                try {
                    Format.requireWebAddress("landingPage", landingPage);
                } catch (IllegalArgumentException e) {
                    found.add(new Violation(ResourceField.LANDING_PAGE, e.getMessage()));
                }
            }
            for (Alternative alternative : alternatives) {
                if (alternative.target().equals(id)) {
                    found.add(new Violation(ResourceField.ALTERNATIVES, "a resource is not an alternative to itself"));
                }
            }
            if (partOf.contains(id)) {
                found.add(new Violation(ResourceField.PART_OF, "a resource is not part of itself"));
            }
            checkLine(found, ResourceField.VERSION, version, MAX_SHORT_TEXT_LENGTH, false);
            if (replaces.contains(id)) {
                found.add(new Violation(ResourceField.REPLACES, "a resource does not replace itself"));
            }
            if (replacedBy != null) {
                if (replacedBy.equals(id)) {
                    found.add(new Violation(ResourceField.REPLACED_BY, "a resource is not replaced by itself"));
                } else if (status != Status.DEPRECATED && status != Status.WITHDRAWN) {
                    found.add(new Violation(ResourceField.REPLACED_BY,
                            "only a deprecated or withdrawn resource is replaced; status is " + status.code()));
                }
            }
            if (status == Status.WITHDRAWN) {
                if (withdrawalReason == null || withdrawalReason.isBlank()) {
                    found.add(new Violation(ResourceField.WITHDRAWAL_REASON, "a withdrawn resource says why"));
                } else {
                    checkLine(found, ResourceField.WITHDRAWAL_REASON, withdrawalReason, MAX_REASON_LENGTH, true);
                }
            } else if (withdrawalReason != null) {
                found.add(new Violation(ResourceField.WITHDRAWAL_REASON,
                        "only a withdrawn resource has a withdrawal reason; status is " + status.code()));
            }
            return found;
        }

        private static boolean isSlug(String text) {
            return text.length() <= MAX_SHORT_TEXT_LENGTH && SLUG.matcher(text).matches();
        }

        private static String slugRule(String text) {
            return "a slug is lower-case letters and digits joined by single hyphens, was '" + text + "'";
        }

        private static boolean isLanguageTag(String tag) {
            if (tag.isBlank() || tag.length() > 35) {
                return false;
            }
            Locale locale = Locale.forLanguageTag(tag);
            return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
        }

        private static void checkLine(List<Violation> found, ResourceField field, @Nullable String text, int maxLength,
                boolean required) {
            if (text == null) {
                if (required) {
                    found.add(new Violation(field, "is required"));
                }
                return;
            }
            if (text.isBlank()) {
                found.add(new Violation(field, required ? "is required and must not be blank" : "must not be blank"));
            } else if (!text.equals(text.strip())) {
                found.add(new Violation(field, "must not start or end with spaces"));
            } else if (text.codePoints().anyMatch(Character::isISOControl)) {
                found.add(new Violation(field, "must be one line of text without control characters"));
            } else if (text.codePointCount(0, text.length()) > maxLength) {
                found.add(new Violation(field, "must be at most " + maxLength + " characters, was "
                        + text.codePointCount(0, text.length())));
            }
        }
    }
}
