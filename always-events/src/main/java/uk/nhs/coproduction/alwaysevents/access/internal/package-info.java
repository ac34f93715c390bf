/**
 * The access policy's implementation: reading and writing policies as JSON documents, and the
 * stable names of the commands. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.access.internal;

import org.jspecify.annotations.NullMarked;
