/**
 * The app's command line. Every command uses the library's public API only.
 */
@NullMarked
package uk.nhs.coproduction.app;

import org.jspecify.annotations.NullMarked;
