/**
 * JMH benchmarks of the library. Not an API: nothing is exported.
 */
module uk.nhs.coproduction.benchmarks {
    requires static org.jspecify;
    requires jmh.core;
    requires uk.nhs.coproduction.model;
    requires uk.nhs.coproduction.alwaysevents;
    requires uk.nhs.coproduction.catalog;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.facet;
}
