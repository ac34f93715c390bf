/**
 * Always Events&reg;: the workflow of an Always Events project, PDSA cycles, and the measurement of
 * reliability with run charts and SPC charts.
 *
 * <p>{@code project} holds the state: the project aggregate, its events, ids and values, and its
 * pure {@code evolve}; {@code workflow} the method as data (phases' wording, transitions, guards
 * that look at the state and explain every refusal); {@code command} the commands, the
 * {@code CommandResult} and the pure {@code Decider} that decides a command against the state and
 * the workflow; {@code access} the access policy as data beside the workflow (roles on a project,
 * the commands each may give, and the method's own rules about who signs off, who sets the
 * progress score and who sees partners' ids); {@code statement}, {@code pdsa}, {@code driver}, {@code progress} and
 * {@code impact} the values a project holds; {@code store} the event store SPI with an in-memory
 * and an embedded file store; {@code report} the project summary; {@code portfolio} the summary
 * table of many projects, filtered by area and phase and exported as CSV; {@code goals} the seed's
 * two national goals as tracked measures (projects co-produced from the very start, and the NHS
 * Staff Survey's question on feedback used to make informed decisions). The package
 * {@code uk.nhs.coproduction.alwaysevents} holds {@code AlwaysEventProjects}, the entry point
 * that validates, decides, records and notifies.
 *
 * <h2>Layers</h2>
 * The packages form a strict hierarchy; each uses only those below it (a package and its
 * {@code .internal} count as one), and {@code PackageLayeringTest} keeps it so. From the bottom:
 * {@code internal}; {@code measurement}; {@code measurement.svg}; {@code pdsa}; {@code driver};
 * {@code impact}; {@code statement}; {@code progress}; {@code project}; {@code workflow};
 * {@code command}; {@code access}; {@code store}; {@code report}; {@code portfolio}; {@code goals}; and the root package on top.
 * Bundled data (the progress scale, the criteria's wording, the workflow definition, the access
 * policy) is read by the JSON layer in each package's {@code .internal}, not by the value types
 * themselves.
 *
 * <p>{@code uk.nhs.coproduction.alwaysevents.measurement} analyses a time series with run charts
 * (Anhøj or IHI rules), I, MR, P, P&prime; and U charts, and the NHS England "Making Data Count"
 * XmR chart with its variation and assurance icons, and summarises the reliability of an Always
 * Event against its aim. {@code uk.nhs.coproduction.alwaysevents.measurement.svg} draws any of
 * those charts as accessible SVG.
 *
 * <p>Commands are checked with Hibernate Validator, which reads them reflectively, so the package
 * of commands ({@code command}) is opened to it and to nothing else. Events and snapshots are written and read by
 * this module's own Jackson code; nothing is opened to Jackson.
 *
 * <p>Always Events is a registered trademark of the Institute for Healthcare Improvement.
 *
 * @since 0.1.0
 */
module uk.nhs.coproduction.alwaysevents {
    requires static org.jspecify;
    requires transitive uk.nhs.coproduction.model;
    requires tools.jackson.databind;

    exports uk.nhs.coproduction.alwaysevents;
    exports uk.nhs.coproduction.alwaysevents.access;
    exports uk.nhs.coproduction.alwaysevents.command;
    exports uk.nhs.coproduction.alwaysevents.driver;
    exports uk.nhs.coproduction.alwaysevents.goals;
    exports uk.nhs.coproduction.alwaysevents.impact;
    exports uk.nhs.coproduction.alwaysevents.measurement;
    exports uk.nhs.coproduction.alwaysevents.measurement.svg;
    exports uk.nhs.coproduction.alwaysevents.pdsa;
    exports uk.nhs.coproduction.alwaysevents.portfolio;
    exports uk.nhs.coproduction.alwaysevents.progress;
    exports uk.nhs.coproduction.alwaysevents.project;
    exports uk.nhs.coproduction.alwaysevents.report;
    exports uk.nhs.coproduction.alwaysevents.statement;
    exports uk.nhs.coproduction.alwaysevents.store;
    exports uk.nhs.coproduction.alwaysevents.workflow;

    opens uk.nhs.coproduction.alwaysevents.command to org.hibernate.validator;
}
