/**
 * The criteria's JSON layer: reads the bundled wording of the four criteria, which sits beside it
 * as versioned data. Not exported.
 */
@NullMarked
package uk.nhs.coproduction.alwaysevents.statement.internal;

import org.jspecify.annotations.NullMarked;
