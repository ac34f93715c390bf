package uk.nhs.coproduction.benchmarks.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.nhs.coproduction.catalog.release.CatalogInfo;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.Format;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.resource.PartialDate;
import uk.nhs.coproduction.catalog.resource.Resource;
import uk.nhs.coproduction.catalog.resource.ResourceId;
import uk.nhs.coproduction.catalog.resource.Topic;

/**
 * A deterministic made-up catalogue of any size. Words follow a Zipf-like distribution, as in
 * real text: a few thousand made-up filler words with the domain words spread among the more
 * common ranks, so a two-word query matches a realistic share of resources rather than most of them.
 */
final class SyntheticCatalogue {

    static final String QUERY_TEXT = "patient experience";
    static final String QUERY_KIND = "guide";
    static final String QUERY_AUDIENCE = "staff";

    private static final String[] WORDS = {"co-production", "patient", "experience", "improvement", "quality",
        "partnership", "carers", "families", "staff", "leaders", "measurement", "run", "chart", "cycle", "test",
        "change", "ward", "discharge", "community", "mental", "health", "maternity", "stroke", "learning",
        "disability", "feedback", "survey", "workshop", "vision", "aim", "always", "events", "payment",
        "recognition", "training", "equality", "inclusion", "voice", "listening", "sharing", "power", "decisions",
        "trust", "board", "sponsor", "team", "nursing", "night", "sleep", "contact"};
    private static final String[] TOPICS = {"co-production", "always-events", "quality-improvement",
        "experience-of-care", "pdsa", "measurement", "ladder-of-participation", "working-in-partnership",
        "involvement-payments", "leadership", "health-inequalities"};
    private static final String[] MEDIA = {Format.HTML, Format.PDF, "video/mp4"};

    private static final int FILLER_WORDS = 3_000;
    private static final String[] VOCABULARY = vocabulary();
    private static final double[] CUMULATIVE = zipf(VOCABULARY.length);

    private SyntheticCatalogue() {
    }

    /** Filler words with a domain word at every fifth rank from rank 10, so they are common but not universal. */
    private static String[] vocabulary() {
        String[] vocabulary = new String[FILLER_WORDS + WORDS.length];
        int domain = 0;
        int filler = 0;
        for (int rank = 0; rank < vocabulary.length; rank++) {
            if (rank >= 10 && rank % 5 == 0 && domain < WORDS.length) {
                vocabulary[rank] = WORDS[domain++];
            } else {
                vocabulary[rank] = fillerWord(filler++);
            }
        }
        return vocabulary;
    }

    private static String fillerWord(int n) {
        StringBuilder word = new StringBuilder("q");
        int rest = n;
        do {
            word.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return word.append("x").toString();
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static String word(Random random) {
        int rank = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        return VOCABULARY[Math.min(rank < 0 ? -rank - 1 : rank, VOCABULARY.length - 1)];
    }

    static CatalogRelease of(int size) {
        Random random = new Random(20_261_127L + size);
        List<Resource> resources = new ArrayList<>(size);
        Kind[] kinds = Kind.values();
        Audience[] audiences = Audience.values();
        AccessibilityFeature[] features = AccessibilityFeature.values();
        for (int i = 0; i < size; i++) {
            String media = MEDIA[random.nextInt(MEDIA.length)];
            Format format = Format.of(media).withUrl(URI.create("https://example.org/r/" + i))
                    .withByteSize(media.equals(Format.HTML) ? null : 10_000L + random.nextInt(5_000_000))
                    .withAccessibilityFeatures(List.of(features[random.nextInt(features.length)]));
            resources.add(Resource.builder(ResourceId.of("bench", "r" + i))
                    .title(words(random, 3 + random.nextInt(5)))
                    .summary(capitalised(words(random, 12 + random.nextInt(16))) + ".")
                    .kind(kinds[random.nextInt(kinds.length)])
                    .audiences(List.of(audiences[random.nextInt(audiences.length)],
                            audiences[random.nextInt(audiences.length)]))
                    .topics(List.of(Topic.of(TOPICS[random.nextInt(TOPICS.length)]),
                            Topic.of(TOPICS[random.nextInt(TOPICS.length)])))
                    .publisher("Trust " + random.nextInt(200))
                    .issued(PartialDate.ofYear(2010 + random.nextInt(16)))
                    .formats(List.of(format))
                    .build());
        }
        return new CatalogRelease(CatalogInfo.of("bench", "Synthetic catalogue", String.valueOf(size)), resources,
                List.of());
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(word(random));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
