/**
 * Link text for downloads in the NHS service manual's style, such as
 * "(PDF only, 1.23MB, 12 pages)": {@link uk.nhs.coproduction.catalog.label.LinkLabel}.
 *
 * @since 0.1.0
 */
@NullMarked
package uk.nhs.coproduction.catalog.label;

import org.jspecify.annotations.NullMarked;
