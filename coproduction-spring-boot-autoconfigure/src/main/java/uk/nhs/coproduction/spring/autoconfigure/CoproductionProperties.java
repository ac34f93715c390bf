package uk.nhs.coproduction.spring.autoconfigure;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code coproduction.*} properties.
 *
 * <pre>
 * coproduction.store=memory|file|postgres     # default memory
 * coproduction.data-directory=/var/lib/coproduction   # the file store's directory (store=file)
 * coproduction.catalog.overlay=local-catalogue.json   # a local catalogue (JSON or CSV) over the national one
 * coproduction.workflow.definition=workflow.json      # an organisation's own workflow definition
 * </pre>
 *
 * @param store where projects' events are kept
 * @param dataDirectory the file store's directory; required when {@code store} is {@code file}
 * @param catalog the resources catalogue's settings
 * @param workflow the Always Events workflow's settings
 * @since 0.1.0
 */
@ConfigurationProperties("coproduction")
public record CoproductionProperties(@DefaultValue("memory") Store store, @Nullable Path dataDirectory,
        @DefaultValue CatalogProperties catalog, @DefaultValue WorkflowProperties workflow) {

    /**
     * Where projects' events are kept.
     *
     * @since 0.1.0
     */
    public enum Store {
        /** In memory: lost when the application stops (for tests and demonstrations). */
        MEMORY,
        /** The embedded file store in {@code coproduction.data-directory}, owned by one process. */
        FILE,
        /** PostgreSQL, on the application's {@code DataSource}: for several instances. */
        POSTGRES
    }

    /**
     * The resources catalogue's settings.
     *
     * @param overlay a local catalogue file (catalogue JSON, or CSV if its name ends in
     *     {@code .csv}) merged over the national catalogue; a file of the national catalogue's own
     *     namespace replaces it instead
     * @since 0.1.0
     */
    public record CatalogProperties(@Nullable Path overlay) {
    }

    /**
     * The Always Events workflow's settings.
     *
     * @param definition a workflow definition file, in the form {@code WorkflowDefinition.toJson()}
     *     writes; the standard definition when absent
     * @since 0.1.0
     */
    public record WorkflowProperties(@Nullable Path definition) {
    }
}
