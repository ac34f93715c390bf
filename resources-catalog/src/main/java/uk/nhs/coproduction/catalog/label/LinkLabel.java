package uk.nhs.coproduction.catalog.label;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.Vocabularies;

/**
 * The end of a download link's text, as the NHS service manual asks: the format, its size and
 * its length, in brackets, so people know what they will get before they click — for example
 * {@code (PDF only, 1.23MB, 12 pages)} or {@code (Video, 4 minutes)}.
 *
 * <p>The rules:
 * <ul>
 *   <li>The format's short name comes from the vocabulary's format groups ("PDF", "Word
 *       document", "Video"). A PDF of a resource that exists only as PDF says "PDF only".</li>
 *   <li>Sizes under 1MB are whole KB, rounded to the nearest (at least 1KB); sizes of 1MB or
 *       more are MB with up to 2 decimal places, rounded half up, trailing zeros dropped
 *       ("1.5MB", "2MB"). 1KB is 1,024 bytes and 1MB is 1,048,576 bytes, as the sizes people's
 *       computers show.</li>
 *   <li>Pages: "1 page", "12 pages". Running time of films and recordings: whole minutes,
 *       rounded up ("4 minutes"), or seconds under a minute.</li>
 *   <li>Unknown parts are left out, never guessed. A web page needs no label: {@link #of}
 *       returns empty for one.</li>
 *   <li>A link that opens in a new tab says so: {@link #withNewTabWarning()}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parts the comma-separated parts inside the brackets, never empty
 * @since 0.1.0
 */
public record LinkLabel(List<String> parts) {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    /**
     * Copies the parts.
     *
     * @param parts the comma-separated parts inside the brackets, never empty
     */
    public LinkLabel {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a link label has at least one part");
        }
    }

    /**
     * {@return the label for a format of a resource, or empty for a web page (which needs none)}
     *
     * @param resource the resource the format belongs to (to know whether it is PDF only)
     * @param format the format linked to
     * @param vocabularies where the format names come from
     */
    public static Optional<LinkLabel> of(Resource resource, Format format, Vocabularies vocabularies) {
        if (format.isWebPage()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        String name = vocabularies.formatGroup(format.mediaType()).label();
        parts.add(format.isPdf() && resource.isPdfOnly() ? name + " only" : name);
        if (format.byteSize() != null) {
            parts.add(size(format.byteSize()));
        }
        if (format.pageCount() != null) {
            parts.add(format.pageCount() == 1 ? "1 page" : format.pageCount() + " pages");
        }
        if (format.duration() != null) {
            parts.add(runningTime(format.duration()));
        }
        return Optional.of(new LinkLabel(parts));
    }

    /**
     * {@return a size in bytes as the service manual writes it: {@code 545KB}, {@code 1.23MB}}
     *
     * @param bytes the size in bytes
     */
    public static String size(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size is not negative, was " + bytes);
        }
        if (bytes < MB) {
            long kilobytes = Math.max(1, Math.round((double) bytes / KB));
            if (kilobytes < KB) {
                return kilobytes + "KB";
            }
        }
        BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return megabytes.toPlainString() + "MB";
    }

    /**
     * {@return a running time as words: {@code 45 seconds}, {@code 1 minute}, {@code 4 minutes}}
     *
     * @param duration the running time
     */
    public static String runningTime(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** {@return a copy that warns the link opens in a new tab} */
    public LinkLabel withNewTabWarning() {
        List<String> all = new ArrayList<>(parts);
        all.add("opens in new tab");
        return new LinkLabel(all);
    }

    /** {@return the label with its brackets: {@code (PDF only, 1.23MB, 12 pages)}} */
    public String text() {
        return "(" + String.join(", ", parts) + ")";
    }

    /** The same as {@link #text()}. */
    @Override
    public String toString() {
        return text();
    }
}
