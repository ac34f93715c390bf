/** Checks a module's tests make on its own sources and on the README. */
package uk.nhs.coproduction.testing.sources;
