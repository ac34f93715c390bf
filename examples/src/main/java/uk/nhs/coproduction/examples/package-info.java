/**
 * The examples' command line. Every command uses the library's public API only.
 */
@NullMarked
package uk.nhs.coproduction.examples;

import org.jspecify.annotations.NullMarked;
