/**
 * The contract every Always Events&reg; {@code EventStore} must pass:
 * {@link uk.nhs.coproduction.alwaysevents.store.testkit.EventStoreContract}, an abstract JUnit 5
 * class that a store's tests extend, supplying a fresh store, and
 * {@link uk.nhs.coproduction.alwaysevents.store.testkit.TestEvents}, the events it appends.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 */
module uk.nhs.coproduction.alwaysevents.store.testkit {
    requires static org.jspecify;
    requires transitive uk.nhs.coproduction.alwaysevents;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports uk.nhs.coproduction.alwaysevents.store.testkit;
}
