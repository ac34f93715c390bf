/**
 * JMH benchmarks of the library. Not an API: nothing is exported. Spring Statemachine and JOL
 * are benchmark-only dependencies: the first is the baseline the workflow is compared with in the
 * same run, the second measures a live project's retained size.
 */
module uk.nhs.coproduction.benchmarks {
    requires static org.jspecify;
    requires jmh.core;
    requires uk.nhs.coproduction.model;
    requires uk.nhs.coproduction.alwaysevents;
    requires uk.nhs.coproduction.catalog;
    requires uk.nhs.coproduction.alwaysevents.postgres;
    requires uk.nhs.coproduction.testing.postgres;
    requires com.zaxxer.hikari;
    requires java.sql;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.facet;
    requires spring.statemachine.core;
    requires spring.messaging;
    requires reactor.core;
    requires jol.core;
    requires java.net.http;
}
