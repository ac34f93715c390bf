/**
 * JSON reading and writing, with Jackson, of every document a user stores or exchanges: a
 * partnership, a framework edition and a health-check report. Each document carries a
 * {@code schemaVersion}; the hand-written ones have JSON Schema files.
 *
 * <p>Reading never returns anything partial: either the whole document, valid, or every problem
 * found, each naming its line and field. The domain types know nothing of JSON, so a user on
 * another JSON library can still use the model.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.model.json;

import org.jspecify.annotations.NullMarked;
