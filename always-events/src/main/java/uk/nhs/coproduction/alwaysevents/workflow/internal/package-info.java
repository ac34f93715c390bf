/**
 * The workflow's implementation: reading and writing definitions as JSON, the Mermaid diagram,
 * and the built-in guards. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.workflow.internal;

import org.jspecify.annotations.NullMarked;
