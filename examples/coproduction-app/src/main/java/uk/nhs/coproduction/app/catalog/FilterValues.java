package uk.nhs.coproduction.app.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.nhs.coproduction.catalog.federation.CatalogSnapshot;
import uk.nhs.coproduction.catalog.resource.AccessibilityFeature;
import uk.nhs.coproduction.catalog.resource.AlternativeKind;
import uk.nhs.coproduction.catalog.resource.Audience;
import uk.nhs.coproduction.catalog.resource.ControlledTerm;
import uk.nhs.coproduction.catalog.resource.FormatGroup;
import uk.nhs.coproduction.catalog.resource.Kind;
import uk.nhs.coproduction.catalog.search.Facet;

/**
 * The values a facet filter may take, from the catalogue's vocabularies, so that the command line
 * and the web app refuse an unknown value with the list of known ones instead of quietly finding
 * nothing. Language and publisher are open: any value is accepted.
 */
public final class FilterValues {

    private FilterValues() {
    }

    /** The known codes of a closed facet, or empty for an open one (language, publisher). */
    public static Optional<List<String>> known(Facet facet, CatalogSnapshot snapshot) {
        return switch (facet) {
            case KIND -> Optional.of(codes(Kind.values()));
            case AUDIENCE -> Optional.of(codes(Audience.values()));
            case ACCESSIBILITY -> Optional.of(codes(AccessibilityFeature.values()));
            case ALTERNATIVE -> Optional.of(codes(AlternativeKind.values()));
            case FORMAT -> Optional.of(snapshot.vocabularies().formatGroups().stream().map(FormatGroup::code).toList());
            case TOPIC -> Optional.of(snapshot.vocabularies().topics().stream().map(t -> t.code()).toList());
            case LANGUAGE, PUBLISHER -> Optional.empty();
        };
    }

    /**
     * Why a value is refused, or empty if it is accepted: {@code 'pamphlet' is not a kind; use one
     * of: introduction, …}.
     */
    public static Optional<String> refusal(Facet facet, String value, CatalogSnapshot snapshot) {
        return known(facet, snapshot).filter(codes -> !codes.contains(value))
                .map(codes -> "'" + value + "' is not a known " + facet.code() + "; use one of: " + String.join(", ", codes));
    }

    private static List<String> codes(ControlledTerm[] terms) {
        return Arrays.stream(terms).map(ControlledTerm::code).toList();
    }
}
