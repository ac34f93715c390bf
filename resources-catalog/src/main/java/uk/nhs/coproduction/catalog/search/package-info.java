/**
 * Searching a catalogue snapshot: a {@link uk.nhs.coproduction.catalog.search.Query} (free text,
 * facet filters, sort, paging) and its {@link uk.nhs.coproduction.catalog.search.SearchResult}
 * (total, items with highlighted {@link uk.nhs.coproduction.catalog.search.Snippet}s, and
 * {@link uk.nhs.coproduction.catalog.search.FacetCount}s per
 * {@link uk.nhs.coproduction.catalog.search.Facet}).
 *
 * <p>How search behaves:
 * <ul>
 *   <li>Free text is literal: a colon, quote or bracket is never query syntax and never an error.</li>
 *   <li>Every word must match (common words such as "the" excepted), in the title, summary,
 *       topics, kind, audiences or publisher; English stemming finds "homes" for "home".</li>
 *   <li>Synonyms from the versioned vocabulary data apply at query time (QI and quality
 *       improvement, carer and caregiver, PDSA and plan do study act…).</li>
 *   <li>Title matches rank first.</li>
 *   <li>Only when nothing matches exactly does a fuzzy fallback look for near spellings, word by
 *       word: a word that matches nothing on its own is respelled (1 edit for words of 3 to 5
 *       letters, 2 for longer ones, a swap of two letters beside each other counting as one edit;
 *       never for words of two letters or fewer), also as one unsplit word ("coproductoin" finds
 *       "co-production"), while the words that match stay exact. Nearer spellings rank higher. The
 *       result says when it did ({@link uk.nhs.coproduction.catalog.search.Matching#FUZZY}). When
 *       every word matches something but not together, there is nothing to respell and the answer
 *       is empty. A query that matches exactly never gets fuzzy results mixed in.</li>
 *   <li>Filters are OR within a facet and AND across facets; facet counts are drill-sideways:
 *       ticking a value does not hide its siblings, and every count is exactly the number of
 *       results that ticking that value (alone, within its facet) would give.</li>
 *   <li>Withdrawn and draft resources are left out unless the query asks for them.</li>
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog.search;

import org.jspecify.annotations.NullMarked;
