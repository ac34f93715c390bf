package uk.nhs.coproduction.catalog.resource;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One way a resource can be had: a web page, a PDF, a video file (schema.org
 * {@code MediaObject}, DCAT {@code Distribution}). Only what the source states is filled in;
 * unknown sizes, page counts and durations stay empty and are never guessed.
 *
 * <p>Captions, audio description and transcripts are accessibility features
 * ({@link AccessibilityFeature#CAPTIONS}, {@link AccessibilityFeature#AUDIO_DESCRIPTION},
 * {@link AccessibilityFeature#TRANSCRIPT}); a transcript may also have its own address.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mediaType the IANA media type, lower case, e.g. {@code application/pdf}, never null
 * @param url where to get it (http or https), or null if not known
 * @param byteSize size in bytes, or null if not known
 * @param pageCount number of pages, or null if not known or not paged
 * @param duration running time of a film or recording, or null
 * @param transcriptUrl where a transcript is, or null
 * @param accessibilityFeatures W3C accessibility features, never null, sorted
 * @since 0.1.0
 */
public record Format(String mediaType, @Nullable URI url, @Nullable Long byteSize, @Nullable Integer pageCount,
        @Nullable Duration duration, @Nullable URI transcriptUrl, Set<AccessibilityFeature> accessibilityFeatures) {

    /** The media type of PDF documents. */
    public static final String PDF = "application/pdf";
    /** The media type of web pages. */
    public static final String HTML = "text/html";

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9*][a-z0-9!#$&^_.+-]{0,62}");

    /**
     * Checks every field.
     *
     * @param mediaType the IANA media type, lower case, e.g. {@code application/pdf}, never null
     * @param url where to get it (http or https), or null if not known
     * @param byteSize size in bytes, or null if not known
     * @param pageCount number of pages, or null if not known or not paged
     * @param duration running time of a film or recording, or null
     * @param transcriptUrl where a transcript is, or null
     * @param accessibilityFeatures W3C accessibility features, never null, sorted
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public Format {
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("mediaType must be a lower-case type/subtype such as application/pdf, was '"
                    + mediaType + "'");
        }
        if (url != null) {
            requireWebAddress("url", url);
        }
        if (transcriptUrl != null) {
            requireWebAddress("transcriptUrl", transcriptUrl);
        }
        if (byteSize != null && byteSize < 1) {
            throw new IllegalArgumentException("byteSize must be at least 1, was " + byteSize);
        }
        if (pageCount != null && pageCount < 1) {
            throw new IllegalArgumentException("pageCount must be at least 1, was " + pageCount);
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
        accessibilityFeatures = sortedCopy(accessibilityFeatures);
    }

    /**
     * {@return a format of the given media type with nothing else known yet}
     *
     * @param mediaType the IANA media type, lower case, e.g. {@code application/pdf}, never null
     */
    public static Format of(String mediaType) {
        return new Format(mediaType.toLowerCase(Locale.ROOT), null, null, null, null, null, Set.of());
    }

    /**
     * {@return a web page at the given address}
     *
     * @param url where to get it (http or https), or null if not known
     */
    public static Format webPage(URI url) {
        return of(HTML).withUrl(url);
    }

    /**
     * {@return a copy with this address}
     *
     * @param newUrl the address, or null
     */
    public Format withUrl(@Nullable URI newUrl) {
        return new Format(mediaType, newUrl, byteSize, pageCount, duration, transcriptUrl, accessibilityFeatures);
    }

    /**
     * {@return a copy with this size in bytes}
     *
     * @param newByteSize the size in bytes, or null
     */
    public Format withByteSize(@Nullable Long newByteSize) {
        return new Format(mediaType, url, newByteSize, pageCount, duration, transcriptUrl, accessibilityFeatures);
    }

    /**
     * {@return a copy with this page count}
     *
     * @param newPageCount the number of pages, or null
     */
    public Format withPageCount(@Nullable Integer newPageCount) {
        return new Format(mediaType, url, byteSize, newPageCount, duration, transcriptUrl, accessibilityFeatures);
    }

    /**
     * {@return a copy with this running time}
     *
     * @param newDuration the running time, or null
     */
    public Format withDuration(@Nullable Duration newDuration) {
        return new Format(mediaType, url, byteSize, pageCount, newDuration, transcriptUrl, accessibilityFeatures);
    }

    /**
     * {@return a copy with this transcript address}
     *
     * @param newTranscriptUrl the transcript's address, or null
     */
    public Format withTranscriptUrl(@Nullable URI newTranscriptUrl) {
        return new Format(mediaType, url, byteSize, pageCount, duration, newTranscriptUrl, accessibilityFeatures);
    }

    /**
     * {@return a copy with these accessibility features}
     *
     * @param features the accessibility features
     */
    public Format withAccessibilityFeatures(Collection<AccessibilityFeature> features) {
        return new Format(mediaType, url, byteSize, pageCount, duration, transcriptUrl, Set.copyOf(features));
    }

    /** {@return whether this is a PDF} */
    public boolean isPdf() {
        return PDF.equals(mediaType);
    }

    /** {@return whether this is a web page} */
    public boolean isWebPage() {
        return HTML.equals(mediaType) || "application/xhtml+xml".equals(mediaType);
    }

    /** {@return whether this is a video (a film or animation)} */
    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    /**
     * {@return whether the format has the feature}
     *
     * @param feature the accessibility feature
     */
    public boolean has(AccessibilityFeature feature) {
        return accessibilityFeatures.contains(feature);
    }

    /**
     * Checks that an address is absolute http or https.
     *
     * @param field the field's name, for the error message
     * @param uri the address to check
     * @throws IllegalArgumentException naming the field if it is not
     */
    public static void requireWebAddress(String field, URI uri) {
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || scheme == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an absolute http or https address, was '" + uri + "'");
        }
    }

    static <T extends Comparable<T>> Set<T> sortedCopy(Collection<T> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
