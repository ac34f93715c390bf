package uk.nhs.coproduction.alwaysevents.store.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.alwaysevents.command.*;
import uk.nhs.coproduction.alwaysevents.driver.ChangeIdea;
import uk.nhs.coproduction.alwaysevents.driver.DriverDiagram;
import uk.nhs.coproduction.alwaysevents.driver.PrimaryDriver;
import uk.nhs.coproduction.alwaysevents.driver.SecondaryDriver;
import uk.nhs.coproduction.alwaysevents.impact.ImpactLogEntry;
import uk.nhs.coproduction.alwaysevents.impact.SignOff;
import uk.nhs.coproduction.alwaysevents.measurement.ChartType;
import uk.nhs.coproduction.alwaysevents.measurement.ImprovementDirection;
import uk.nhs.coproduction.alwaysevents.measurement.MeasureRole;
import uk.nhs.coproduction.alwaysevents.measurement.Series;
import uk.nhs.coproduction.alwaysevents.pdsa.Act;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.pdsa.Do;
import uk.nhs.coproduction.alwaysevents.pdsa.PdsaCycle;
import uk.nhs.coproduction.alwaysevents.pdsa.Plan;
import uk.nhs.coproduction.alwaysevents.pdsa.Study;
import uk.nhs.coproduction.alwaysevents.progress.ProgressScore;
import uk.nhs.coproduction.alwaysevents.project.*;
import uk.nhs.coproduction.alwaysevents.project.DefinitionVersion;
import uk.nhs.coproduction.alwaysevents.project.Phase;
import uk.nhs.coproduction.alwaysevents.project.ProgressScoreChange;
import uk.nhs.coproduction.alwaysevents.statement.AimStatement;
import uk.nhs.coproduction.alwaysevents.statement.Criterion;
import uk.nhs.coproduction.alwaysevents.statement.CriterionAssessment;
import uk.nhs.coproduction.alwaysevents.statement.VisionStatement;
import uk.nhs.coproduction.alwaysevents.store.EventFormatException;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * Events and project snapshots as JSON, written and read field by field over Jackson's tree
 * model (no reflection, so nothing is opened to Jackson). One event is one line of JSON:
 *
 * <pre>{"schemaVersion":1,"projectId":"…","version":3,"recordedAt":"…Z","actor":"…",
 * "definition":{"id":"…","version":"…","fingerprint":"…"},"type":"MeasurementRecorded","data":{…}}</pre>
 *
 * <p>The type names are stable: they are the event's class name without "Event", fixed here.
 */
public final class EventCodec {

    /** The value of the snapshot document's {@code document} field. */
    public static final String SNAPSHOT_DOCUMENT = "always-event-project-snapshot";
    /** The schema version of snapshots written. */
    public static final int SNAPSHOT_SCHEMA_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Type<E extends ProjectEvent>(String name, Class<E> type, BiConsumer<E, ObjectNode> writer,
            Function<JsonIn, E> reader) {
    }

    private static final List<Type<?>> TYPES = List.of(
            type("ProjectStarted", ProjectStartedEvent.class, (e, o) -> {
                o.put("organisation", e.organisation());
                o.put("title", e.title());
                o.put("areaOfFocus", e.areaOfFocus());
                o.put("startedOn", e.startedOn().toString());
            }, in -> in.build(() -> new ProjectStartedEvent(in.text("organisation"), in.text("title"), in.text("areaOfFocus"),
                    in.date("startedOn")))),
            type("ExecutiveSponsorAppointed", ExecutiveSponsorAppointedEvent.class, (e, o) -> {
                ObjectNode sponsor = o.putObject("sponsor");
                sponsor.put("id", e.sponsor().id().value());
                sponsor.put("appointedOn", e.sponsor().appointedOn().toString());
            }, in -> {
                JsonIn sponsor = in.object("sponsor");
                return new ExecutiveSponsorAppointedEvent(sponsor.build(() -> new ExecutiveSponsor(partner(sponsor, "id"),
                        sponsor.date("appointedOn"))));
            }),
            type("OversightMemberJoined", OversightMemberJoinedEvent.class, (e, o) -> {
                o.put("partner", e.partner().value());
                writeRoles(o, e.roles());
                o.put("joinedOn", e.joinedOn().toString());
            }, in -> in.build(() -> new OversightMemberJoinedEvent(partner(in, "partner"), roles(in), in.date("joinedOn")))),
            type("CoDesignMemberJoined", CoDesignMemberJoinedEvent.class, (e, o) -> {
                o.put("partner", e.partner().value());
                writeRoles(o, e.roles());
                o.put("joinedIn", e.joinedIn().name());
                o.put("joinedOn", e.joinedOn().toString());
            }, in -> in.build(() -> new CoDesignMemberJoinedEvent(partner(in, "partner"), roles(in),
                    in.constant("joinedIn", Phase.class), in.date("joinedOn")))),
            type("CoDesignMemberLeft", CoDesignMemberLeftEvent.class, (e, o) -> {
                o.put("partner", e.partner().value());
                o.put("leftOn", e.leftOn().toString());
            }, in -> in.build(() -> new CoDesignMemberLeftEvent(partner(in, "partner"), in.date("leftOn")))),
            type("WhatMattersRecorded", WhatMattersRecordedEvent.class, (e, o) -> writeEvidence(o.putObject("evidence"), e.evidence()),
                    in -> new WhatMattersRecordedEvent(readEvidence(in.object("evidence")))),
            type("VisionStated", VisionStatedEvent.class, (e, o) -> {
                ObjectNode vision = o.putObject("vision");
                vision.put("text", e.vision().text());
                vision.put("agreedOn", e.vision().agreedOn().toString());
            }, in -> new VisionStatedEvent(readVision(in.object("vision")))),
            type("AimStated", AimStatedEvent.class, (e, o) -> writeAim(o.putObject("aim"), e.aim()),
                    in -> new AimStatedEvent(readAim(in.object("aim")))),
            type("CriterionAssessed", CriterionAssessedEvent.class, (e, o) -> writeAssessment(o.putObject("assessment"), e.assessment()),
                    in -> new CriterionAssessedEvent(readAssessment(in.object("assessment")))),
            type("PrimaryDriverAdded", PrimaryDriverAddedEvent.class, (e, o) -> writePrimary(o.putObject("driver"), e.driver()),
                    in -> new PrimaryDriverAddedEvent(readPrimary(in.object("driver")))),
            type("SecondaryDriverAdded", SecondaryDriverAddedEvent.class, (e, o) -> writeSecondary(o.putObject("driver"), e.driver()),
                    in -> new SecondaryDriverAddedEvent(readSecondary(in.object("driver")))),
            type("ChangeIdeaAdded", ChangeIdeaAddedEvent.class, (e, o) -> writeIdea(o.putObject("idea"), e.idea()),
                    in -> new ChangeIdeaAddedEvent(readIdea(in.object("idea")))),
            type("PdsaCyclePlanned", PdsaCyclePlannedEvent.class, (e, o) -> {
                o.put("cycle", e.cycle());
                o.put("changeIdeaId", e.changeIdeaId());
                writePlan(o.putObject("plan"), e.plan());
            }, in -> in.build(() -> new PdsaCyclePlannedEvent(in.integer("cycle"), in.text("changeIdeaId"), readPlan(in.object("plan"))))),
            type("PdsaDoRecorded", PdsaDoRecordedEvent.class, (e, o) -> {
                o.put("cycle", e.cycle());
                writeDo(o.putObject("done"), e.done());
            }, in -> new PdsaDoRecordedEvent(in.integer("cycle"), readDo(in.object("done")))),
            type("PdsaStudyRecorded", PdsaStudyRecordedEvent.class, (e, o) -> {
                o.put("cycle", e.cycle());
                writeStudy(o.putObject("study"), e.study());
            }, in -> new PdsaStudyRecordedEvent(in.integer("cycle"), readStudy(in.object("study")))),
            type("PdsaActRecorded", PdsaActRecordedEvent.class, (e, o) -> {
                o.put("cycle", e.cycle());
                writeAct(o.putObject("act"), e.act());
            }, in -> new PdsaActRecordedEvent(in.integer("cycle"), readAct(in.object("act")))),
            type("MeasurementRecorded", MeasurementRecordedEvent.class, (e, o) -> writeMeasurement(o.putObject("measurement"), e.measurement()),
                    in -> new MeasurementRecordedEvent(readMeasurement(in.object("measurement")))),
            type("MeasurementCorrected", MeasurementCorrectedEvent.class, (e, o) -> {
                writeMeasurement(o.putObject("measurement"), e.measurement());
                o.put("reason", e.reason());
            }, in -> new MeasurementCorrectedEvent(readMeasurement(in.object("measurement")), in.text("reason"))),
            type("SpreadSiteAdded", SpreadSiteAddedEvent.class, (e, o) -> writeSite(o.putObject("site"), e.site()),
                    in -> new SpreadSiteAddedEvent(readSite(in.object("site")))),
            type("SiteMeasurementRecorded", SiteMeasurementRecordedEvent.class,
                    (e, o) -> writeSiteMeasurement(o.putObject("measurement"), e.measurement()),
                    in -> new SiteMeasurementRecordedEvent(readSiteMeasurement(in.object("measurement")))),
            type("SustainReviewRecorded", SustainReviewRecordedEvent.class, (e, o) -> writeReview(o.putObject("review"), e.review()),
                    in -> new SustainReviewRecordedEvent(readReview(in.object("review")))),
            type("ProgressScoreSet", ProgressScoreSetEvent.class, (e, o) -> {
                o.put("score", e.score().toString());
                o.put("rationale", e.rationale());
                o.put("setOn", e.setOn().toString());
            }, in -> new ProgressScoreSetEvent(score(in), in.text("rationale"), in.date("setOn"))),
            type("ImpactRecorded", ImpactRecordedEvent.class, (e, o) -> {
                o.put("entry", e.entry());
                o.put("youSaid", e.youSaid());
                o.put("weDid", e.weDid());
                writeIds(o, "saidBy", e.saidBy());
                o.put("recordedOn", e.recordedOn().toString());
            }, in -> in.build(() -> new ImpactRecordedEvent(in.integer("entry"), in.text("youSaid"), in.text("weDid"),
                    partners(in, "saidBy"), in.date("recordedOn")))),
            type("ImpactSignedOff", ImpactSignedOffEvent.class, (e, o) -> {
                o.put("entry", e.entry());
                writeSignOff(o.putObject("signOff"), e.signOff());
            }, in -> new ImpactSignedOffEvent(in.integer("entry"), readSignOff(in.object("signOff")))),
            type("ApprovalRecorded", ApprovalRecordedEvent.class, (e, o) -> writeApproval(o.putObject("approval"), e.approval()),
                    in -> new ApprovalRecordedEvent(readApproval(in.object("approval")))),
            type("PhaseChanged", PhaseChangedEvent.class, (e, o) -> {
                o.put("transitionId", e.transitionId());
                o.put("from", e.from().name());
                o.put("to", e.to().name());
                o.put("on", e.on().toString());
            }, in -> new PhaseChangedEvent(in.text("transitionId"), in.constant("from", Phase.class),
                    in.constant("to", Phase.class), in.date("on"))),
            type("ProjectPaused", ProjectPausedEvent.class, (e, o) -> {
                o.put("reason", e.reason());
                o.put("on", e.on().toString());
            }, in -> new ProjectPausedEvent(in.text("reason"), in.date("on"))),
            type("ProjectResumed", ProjectResumedEvent.class, (e, o) -> o.put("on", e.on().toString()),
                    in -> new ProjectResumedEvent(in.date("on"))),
            type("ProjectClosed", ProjectClosedEvent.class, (e, o) -> {
                o.put("reason", e.reason());
                o.put("on", e.on().toString());
            }, in -> new ProjectClosedEvent(in.text("reason"), in.date("on"))),
            type("WordsErased", WordsErasedEvent.class, (e, o) -> {
                ArrayNode erased = o.putArray("erased");
                for (ErasedField field : e.erased()) {
                    ObjectNode item = erased.addObject();
                    item.put("version", field.version());
                    item.put("field", field.field());
                }
                o.put("reason", e.reason().wireName());
            }, in -> {
                List<ErasedField> erased = in.list("erased", f -> f.build(() -> ErasedField.of(f.whole("version"), f.text("field"))));
                String reason = in.text("reason");
                return in.build(() -> new WordsErasedEvent(erased, erasureReason(reason)));
            }),
            type("MeasureDefined", MeasureDefinedEvent.class, (e, o) -> writeDefinition(o.putObject("definition"), e.definition()),
                    in -> new MeasureDefinedEvent(readDefinition(in.object("definition")))),
            type("MeasureValueRecorded", MeasureValueRecordedEvent.class, (e, o) -> {
                o.put("measure", e.measure());
                writeMeasureValue(o.putObject("value"), e.value());
            }, in -> in.build(() -> new MeasureValueRecordedEvent(in.text("measure"), readMeasureValue(in.object("value"))))),
            type("MeasureValueCorrected", MeasureValueCorrectedEvent.class, (e, o) -> {
                o.put("measure", e.measure());
                writeMeasureValue(o.putObject("value"), e.value());
                o.put("reason", e.reason());
            }, in -> in.build(() -> new MeasureValueCorrectedEvent(in.text("measure"), readMeasureValue(in.object("value")),
                    in.text("reason")))));

    private static final Map<Class<?>, Type<?>> BY_CLASS = new HashMap<>();
    private static final Map<String, Type<?>> BY_NAME = new HashMap<>();

    static {
        for (Type<?> type : TYPES) {
            BY_CLASS.put(type.type(), type);
            BY_NAME.put(type.name(), type);
        }
        for (Class<?> permitted : ProjectEvent.class.getPermittedSubclasses()) {
            if (!BY_CLASS.containsKey(permitted)) {
                throw new ExceptionInInitializerError("no JSON form for " + permitted.getName());
            }
        }
    }

    private EventCodec() {
    }

    private static <E extends ProjectEvent> Type<E> type(String name, Class<E> type, BiConsumer<E, ObjectNode> writer,
            Function<JsonIn, E> reader) {
        return new Type<>(name, type, writer, reader);
    }

    /** The stable type name of {@code event}, such as {@code MeasurementRecorded}. */
    public static String typeName(ProjectEvent event) {
        return BY_CLASS.get(event.getClass()).name();
    }

    /** Every stable type name, in the order of the list above. */
    public static List<String> typeNames() {
        return TYPES.stream().map(Type::name).toList();
    }

    /** {@code recorded} as one line of JSON, without a line break. */
    public static String write(RecordedEvent recorded) {
        return MAPPER.writeValueAsString(tree(recorded));
    }

    /** {@code recorded} as a JSON tree, the one {@link #write} prints. */
    static ObjectNode tree(RecordedEvent recorded) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", recorded.schemaVersion());
        root.put("projectId", recorded.projectId().value());
        root.put("version", recorded.version());
        root.put("recordedAt", recorded.recordedAt().toString());
        root.put("actor", recorded.actor().value());
        ObjectNode definition = root.putObject("definition");
        definition.put("id", recorded.definition().id());
        definition.put("version", recorded.definition().version());
        definition.put("fingerprint", recorded.definition().fingerprint());
        root.put("type", typeName(recorded.event()));
        writeData(root.putObject("data"), recorded.event());
        return root;
    }

    @SuppressWarnings("unchecked")
    private static <E extends ProjectEvent> void writeData(ObjectNode data, E event) {
        ((Type<E>) BY_CLASS.get(event.getClass())).writer().accept(event, data);
    }

    /**
     * Reads one event.
     *
     * @throws EventFormatException naming the field when the text is not an event this library wrote
     */
    public static RecordedEvent read(String json) {
        RecordedEvent event = StreamingEventReader.read(json);
        return event != null ? event : readByTree(json);
    }

    /** The reader of the {@code data} object of events of type {@code typeName}, or null if there is no such type. */
    static @Nullable Function<JsonIn, ? extends ProjectEvent> dataReader(String typeName) {
        Type<?> type = BY_NAME.get(typeName);
        return type == null ? null : type.reader();
    }

    /**
     * Reads one event over Jackson's tree: the reference reader, which decides every text that the
     * streaming reader ({@link StreamingEventReader}) does not take in its fast path.
     *
     * @throws EventFormatException naming the field when the text is not an event this library wrote
     */
    static RecordedEvent readByTree(String json) {
        return read(parse(json));
    }

    /** Reads one event from its JSON tree, checking it as {@link #read(String)} does. */
    static RecordedEvent read(JsonNode tree) {
        JsonIn in = new JsonIn(tree, "");
        int schema = in.integer("schemaVersion");
        if (schema != RecordedEvent.SCHEMA_VERSION) {
            throw new EventFormatException("schemaVersion", "this library reads events of schema version "
                    + RecordedEvent.SCHEMA_VERSION + ", not " + schema);
        }
        String typeName = in.text("type");
        Type<?> type = BY_NAME.get(typeName);
        if (type == null) {
            throw new EventFormatException("type", "is not a known event type");
        }
        JsonIn definition = in.object("definition");
        ProjectEvent event = type.reader().apply(in.object("data"));
        return in.build(() -> new RecordedEvent(projectId(in), in.whole("version"), in.instant("recordedAt"),
                Actor.of(in.text("actor")), definition.build(() -> new DefinitionVersion(definition.text("id"),
                        definition.text("version"), definition.text("fingerprint"))), schema, event));
    }

    /** {@code project} as a snapshot document (one line). */
    public static String writeSnapshot(AlwaysEventProject project) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", SNAPSHOT_SCHEMA_VERSION);
        root.put("document", SNAPSHOT_DOCUMENT);
        ObjectNode p = root.putObject("project");
        p.put("id", project.id().value());
        p.put("version", project.version());
        ObjectNode profile = p.putObject("profile");
        profile.put("organisation", project.profile().organisation());
        profile.put("title", project.profile().title());
        profile.put("areaOfFocus", project.profile().areaOfFocus());
        profile.put("startedOn", project.profile().startedOn().toString());
        p.put("phase", project.phase().name());
        p.put("status", project.status().name());
        putOptional(p, "statusReason", project.statusReason());
        if (project.sponsor() != null) {
            ObjectNode sponsor = p.putObject("sponsor");
            sponsor.put("id", project.sponsor().id().value());
            sponsor.put("appointedOn", project.sponsor().appointedOn().toString());
        }
        writeList(p, "oversightGroup", project.oversightGroup(), EventCodec::writeMember);
        writeList(p, "coDesignTeam", project.coDesignTeam(), EventCodec::writeMember);
        writeList(p, "whatMatters", project.whatMatters(), EventCodec::writeEvidence);
        if (project.vision() != null) {
            ObjectNode vision = p.putObject("vision");
            vision.put("text", project.vision().text());
            vision.put("agreedOn", project.vision().agreedOn().toString());
        }
        if (project.aim() != null) {
            writeAim(p.putObject("aim"), project.aim());
        }
        writeList(p, "criteria", project.criteria(), EventCodec::writeAssessment);
        ObjectNode diagram = p.putObject("driverDiagram");
        writeList(diagram, "primaryDrivers", project.driverDiagram().primaryDrivers(), EventCodec::writePrimary);
        writeList(diagram, "secondaryDrivers", project.driverDiagram().secondaryDrivers(), EventCodec::writeSecondary);
        writeList(diagram, "changeIdeas", project.driverDiagram().changeIdeas(), EventCodec::writeIdea);
        writeList(p, "pdsaCycles", project.pdsaCycles(), EventCodec::writeCycle);
        writeList(p, "measurements", project.measurements(), EventCodec::writeMeasurement);
        writeList(p, "spreadSites", project.spreadSites(), EventCodec::writeSite);
        writeList(p, "siteMeasurements", project.siteMeasurements(), EventCodec::writeSiteMeasurement);
        writeList(p, "sustainReviews", project.sustainReviews(), EventCodec::writeReview);
        writeList(p, "progressHistory", project.progressHistory(), (o, c) -> {
            o.put("score", c.score().toString());
            o.put("rationale", c.rationale());
            o.put("setBy", c.setBy().value());
            o.put("setOn", c.setOn().toString());
        });
        writeList(p, "impactLog", project.impactLog(), (o, entry) -> {
            o.put("number", entry.number());
            o.put("youSaid", entry.youSaid());
            o.put("weDid", entry.weDid());
            writeIds(o, "saidBy", entry.saidBy());
            o.put("recordedOn", entry.recordedOn().toString());
            writeList(o, "signOffs", entry.signOffs(), EventCodec::writeSignOff);
        });
        writeList(p, "approvals", project.approvals(), EventCodec::writeApproval);
        writeList(p, "phaseHistory", project.phaseHistory(), (o, change) -> {
            o.put("transitionId", change.transitionId());
            o.put("from", change.from().name());
            o.put("to", change.to().name());
            o.put("atVersion", change.atVersion());
            o.put("on", change.on().toString());
        });
        if (!project.measures().isEmpty()) {
            writeList(p, "measures", project.measures(), (o, measure) -> {
                writeDefinition(o.putObject("definition"), measure.definition());
                writeList(o, "values", measure.values(), EventCodec::writeMeasureValue);
            });
        }
        return MAPPER.writeValueAsString(root);
    }

    /**
     * Reads a snapshot document.
     *
     * @throws EventFormatException naming the field when the text is not a snapshot this library wrote
     */
    public static AlwaysEventProject readSnapshot(String json) {
        JsonIn root = new JsonIn(parse(json), "");
        int schema = root.integer("schemaVersion");
        if (schema != SNAPSHOT_SCHEMA_VERSION || !SNAPSHOT_DOCUMENT.equals(root.text("document"))) {
            throw new EventFormatException("schemaVersion", "is not a project snapshot of schema version "
                    + SNAPSHOT_SCHEMA_VERSION);
        }
        JsonIn p = root.object("project");
        JsonIn profile = p.object("profile");
        JsonIn sponsor = p.optionalObject("sponsor");
        JsonIn vision = p.optionalObject("vision");
        JsonIn aim = p.optionalObject("aim");
        JsonIn diagram = p.object("driverDiagram");
        DriverDiagram drivers = diagram.build(() -> new DriverDiagram(diagram.list("primaryDrivers", EventCodec::readPrimary),
                diagram.list("secondaryDrivers", EventCodec::readSecondary), diagram.list("changeIdeas", EventCodec::readIdea)));
        return p.build(() -> new AlwaysEventProject(
                ProjectId.of(p.text("id")),
                p.whole("version"),
                profile.build(() -> new ProjectProfile(profile.text("organisation"), profile.text("title"),
                        profile.text("areaOfFocus"), profile.date("startedOn"))),
                p.constant("phase", Phase.class),
                p.constant("status", ProjectStatus.class),
                p.optionalText("statusReason"),
                sponsor == null ? null : sponsor.build(() -> new ExecutiveSponsor(partner(sponsor, "id"), sponsor.date("appointedOn"))),
                p.list("oversightGroup", EventCodec::readMember),
                p.list("coDesignTeam", EventCodec::readMember),
                p.list("whatMatters", EventCodec::readEvidence),
                vision == null ? null : readVision(vision),
                aim == null ? null : readAim(aim),
                p.list("criteria", EventCodec::readAssessment),
                drivers,
                p.list("pdsaCycles", EventCodec::readCycle),
                p.list("measurements", EventCodec::readMeasurement),
                p.list("spreadSites", EventCodec::readSite),
                p.list("siteMeasurements", EventCodec::readSiteMeasurement),
                p.list("sustainReviews", EventCodec::readReview),
                p.list("progressHistory", in -> in.build(() -> new ProgressScoreChange(score(in), in.text("rationale"),
                        Actor.of(in.text("setBy")), in.date("setOn")))),
                p.list("impactLog", in -> in.build(() -> new ImpactLogEntry(in.integer("number"), in.text("youSaid"),
                        in.text("weDid"), partners(in, "saidBy"), in.date("recordedOn"), in.list("signOffs", EventCodec::readSignOff)))),
                p.list("approvals", EventCodec::readApproval),
                p.list("phaseHistory", in -> in.build(() -> new PhaseChange(in.text("transitionId"), in.constant("from", Phase.class),
                        in.constant("to", Phase.class), in.whole("atVersion"), in.date("on")))),
                p.has("measures") ? p.list("measures", in -> in.build(() -> new Measure(readDefinition(in.object("definition")),
                        in.list("values", EventCodec::readMeasureValue)))) : List.of()));
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new EventFormatException("(document)", "is not well-formed JSON"
                    + (location == null || location.getColumnNr() < 1 ? "" : " at column " + location.getColumnNr()));
        }
    }

    // ---- values ----

    private static ProjectId projectId(JsonIn in) {
        return in.build(() -> ProjectId.of(in.text("projectId")));
    }

    private static PartnerId partner(JsonIn in, String field) {
        String text = in.text(field);
        return in.build(() -> PartnerId.of(text));
    }

    private static Set<PartnerId> partners(JsonIn in, String field) {
        return new LinkedHashSet<>(in.texts(field, PartnerId::of));
    }

    private static void writeIds(ObjectNode o, String field, Set<PartnerId> ids) {
        ArrayNode array = o.putArray(field);
        ids.forEach(id -> array.add(id.value()));
    }

    private static void writeRoles(ObjectNode o, Set<Role> roles) {
        ArrayNode array = o.putArray("roles");
        roles.forEach(role -> array.add(role.name()));
    }

    private static Set<Role> roles(JsonIn in) {
        List<Role> roles = in.texts("roles", Role::valueOf);
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    private static ErasureReason erasureReason(String wireName) {
        ErasureReason reason = ErasureReason.fromWireName(wireName);
        if (reason == null) {
            throw new IllegalArgumentException("the reason must be one of "
                    + java.util.Arrays.stream(ErasureReason.values()).map(ErasureReason::wireName).toList());
        }
        return reason;
    }

    private static ProgressScore score(JsonIn in) {
        String text = in.text("score");
        return in.build(() -> ProgressScore.parse(text));
    }

    private static void putOptional(ObjectNode o, String field, @Nullable String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static <T> void writeList(ObjectNode o, String field, List<T> items, BiConsumer<ObjectNode, T> writer) {
        ArrayNode array = o.putArray(field);
        for (T item : items) {
            writer.accept(array.addObject(), item);
        }
    }

    private static void writeMember(ObjectNode o, TeamMember member) {
        o.put("id", member.id().value());
        writeRoles(o, member.roles());
        o.put("joinedIn", member.joinedIn().name());
        o.put("joinedAtVersion", member.joinedAtVersion());
        o.put("joinedOn", member.joinedOn().toString());
    }

    private static TeamMember readMember(JsonIn in) {
        return in.build(() -> new TeamMember(partner(in, "id"), roles(in), in.constant("joinedIn", Phase.class),
                in.whole("joinedAtVersion"), in.date("joinedOn")));
    }

    private static void writeEvidence(ObjectNode o, WhatMattersEvidence evidence) {
        o.put("source", evidence.source().name());
        o.put("summary", evidence.summary());
        o.put("peopleHeard", evidence.peopleHeard());
        writeIds(o, "voicedBy", evidence.voicedBy());
        o.put("gatheredOn", evidence.gatheredOn().toString());
    }

    private static WhatMattersEvidence readEvidence(JsonIn in) {
        return in.build(() -> new WhatMattersEvidence(in.constant("source", WhatMattersSource.class), in.text("summary"),
                in.integer("peopleHeard"), partners(in, "voicedBy"), in.date("gatheredOn")));
    }

    private static VisionStatement readVision(JsonIn in) {
        return in.build(() -> VisionStatement.of(in.text("text"), in.date("agreedOn")));
    }

    private static void writeAim(ObjectNode o, AimStatement aim) {
        o.put("population", aim.population());
        o.put("measure", aim.measure());
        o.put("percent", aim.percent());
        o.put("achieveBy", aim.achieveBy().toString());
    }

    private static AimStatement readAim(JsonIn in) {
        return in.build(() -> AimStatement.of(in.text("population"), in.text("measure"), in.decimal("percent"),
                in.date("achieveBy")));
    }

    private static void writeAssessment(ObjectNode o, CriterionAssessment assessment) {
        o.put("criterion", assessment.criterion().name());
        o.put("met", assessment.met());
        o.put("evidence", assessment.evidence());
        o.put("assessedOn", assessment.assessedOn().toString());
    }

    private static CriterionAssessment readAssessment(JsonIn in) {
        return in.build(() -> new CriterionAssessment(in.constant("criterion", Criterion.class), in.bool("met"),
                in.text("evidence"), in.date("assessedOn")));
    }

    private static void writePrimary(ObjectNode o, PrimaryDriver driver) {
        o.put("id", driver.id());
        o.put("text", driver.text());
    }

    private static PrimaryDriver readPrimary(JsonIn in) {
        return in.build(() -> new PrimaryDriver(in.text("id"), in.text("text")));
    }

    private static void writeSecondary(ObjectNode o, SecondaryDriver driver) {
        o.put("id", driver.id());
        o.put("primaryDriverId", driver.primaryDriverId());
        o.put("text", driver.text());
    }

    private static SecondaryDriver readSecondary(JsonIn in) {
        return in.build(() -> new SecondaryDriver(in.text("id"), in.text("primaryDriverId"), in.text("text")));
    }

    private static void writeIdea(ObjectNode o, ChangeIdea idea) {
        o.put("id", idea.id());
        o.put("secondaryDriverId", idea.secondaryDriverId());
        o.put("text", idea.text());
    }

    private static ChangeIdea readIdea(JsonIn in) {
        return in.build(() -> new ChangeIdea(in.text("id"), in.text("secondaryDriverId"), in.text("text")));
    }

    private static void writePlan(ObjectNode o, Plan plan) {
        o.put("objective", plan.objective());
        o.put("prediction", plan.prediction());
        o.put("arrangements", plan.arrangements());
        o.put("dataCollection", plan.dataCollection());
        o.put("plannedOn", plan.plannedOn().toString());
        putOptional(o, "period", plan.period());
    }

    private static Plan readPlan(JsonIn in) {
        return in.build(() -> new Plan(in.text("objective"), in.text("prediction"), in.text("arrangements"),
                in.text("dataCollection"), in.date("plannedOn"), in.optionalText("period")));
    }

    private static void writeDo(ObjectNode o, Do done) {
        o.put("observations", done.observations());
        o.put("carriedOutOn", done.carriedOutOn().toString());
    }

    private static Do readDo(JsonIn in) {
        return in.build(() -> new Do(in.text("observations"), in.date("carriedOutOn")));
    }

    private static void writeStudy(ObjectNode o, Study study) {
        o.put("learning", study.learning());
        o.put("predictionConfirmed", study.predictionConfirmed());
        o.put("studiedOn", study.studiedOn().toString());
    }

    private static Study readStudy(JsonIn in) {
        return in.build(() -> new Study(in.text("learning"), in.bool("predictionConfirmed"), in.date("studiedOn")));
    }

    private static void writeAct(ObjectNode o, Act act) {
        o.put("decision", act.decision().name());
        o.put("nextSteps", act.nextSteps());
        o.put("decidedOn", act.decidedOn().toString());
    }

    private static Act readAct(JsonIn in) {
        return in.build(() -> new Act(in.constant("decision", ActDecision.class), in.text("nextSteps"), in.date("decidedOn")));
    }

    private static void writeCycle(ObjectNode o, PdsaCycle cycle) {
        o.put("number", cycle.number());
        o.put("changeIdeaId", cycle.changeIdeaId());
        writePlan(o.putObject("plan"), cycle.plan());
        if (cycle.done() != null) {
            writeDo(o.putObject("done"), cycle.done());
        }
        if (cycle.study() != null) {
            writeStudy(o.putObject("study"), cycle.study());
        }
        if (cycle.act() != null) {
            writeAct(o.putObject("act"), cycle.act());
        }
    }

    private static PdsaCycle readCycle(JsonIn in) {
        JsonIn done = in.optionalObject("done");
        JsonIn study = in.optionalObject("study");
        JsonIn act = in.optionalObject("act");
        return in.build(() -> new PdsaCycle(in.integer("number"), in.text("changeIdeaId"), readPlan(in.object("plan")),
                done == null ? null : readDo(done), study == null ? null : readStudy(study), act == null ? null : readAct(act)));
    }

    private static void writeMeasurement(ObjectNode o, Measurement measurement) {
        o.put("period", measurement.period());
        o.put("numerator", measurement.numerator());
        o.put("denominator", measurement.denominator());
    }

    private static Measurement readMeasurement(JsonIn in) {
        return in.build(() -> Measurement.of(in.text("period"), in.integer("numerator"), in.integer("denominator")));
    }

    private static void writeDefinition(ObjectNode o, MeasureDefinition d) {
        o.put("id", d.id());
        o.put("role", d.role().name());
        o.put("name", d.name());
        o.put("operationalDefinition", d.operationalDefinition());
        o.put("data", d.data().name());
        o.put("improvement", d.improvement().name());
        if (d.target() != null) {
            o.put("target", d.target().doubleValue());
        }
        o.put("chartType", d.chartType().name());
        o.put("rules", d.rules());
    }

    private static MeasureDefinition readDefinition(JsonIn in) {
        return in.build(() -> new MeasureDefinition(in.text("id"), in.constant("role", MeasureRole.class), in.text("name"),
                in.text("operationalDefinition"), in.constant("data", Series.Kind.class),
                in.constant("improvement", ImprovementDirection.class), in.has("target") ? in.decimal("target") : null,
                in.constant("chartType", ChartType.class), in.text("rules")));
    }

    /** A value of a measure: its period and a value, counts or a subgroup's values, by the kind it is. */
    private static void writeMeasureValue(ObjectNode o, MeasureValue value) {
        o.put("period", value.period());
        if (value instanceof MeasureValue.Value v) {
            o.put("value", v.value());
        } else if (value instanceof MeasureValue.Counts c) {
            o.put("numerator", c.numerator());
            o.put("denominator", c.denominator());
        } else if (value instanceof MeasureValue.Subgroup g) {
            ArrayNode values = o.putArray("values");
            g.values().forEach(values::add);
        }
    }

    private static MeasureValue readMeasureValue(JsonIn in) {
        boolean single = in.has("value");
        boolean counts = in.has("numerator") || in.has("denominator");
        boolean subgroup = in.has("values");
        if ((single ? 1 : 0) + (counts ? 1 : 0) + (subgroup ? 1 : 0) != 1) {
            throw new EventFormatException("data.value", "must have one of value, numerator and denominator, or values");
        }
        if (single) {
            return in.build(() -> new MeasureValue.Value(in.text("period"), in.decimal("value")));
        }
        if (counts) {
            return in.build(() -> new MeasureValue.Counts(in.text("period"), in.integer("numerator"), in.integer("denominator")));
        }
        return in.build(() -> new MeasureValue.Subgroup(in.text("period"), in.decimals("values")));
    }

    private static void writeSite(ObjectNode o, SpreadSite site) {
        o.put("siteId", site.siteId());
        o.put("name", site.name());
        o.put("kind", site.kind().name());
        o.put("joinedOn", site.joinedOn().toString());
    }

    private static SpreadSite readSite(JsonIn in) {
        return in.build(() -> new SpreadSite(in.text("siteId"), in.text("name"), in.constant("kind", SiteKind.class),
                in.date("joinedOn")));
    }

    private static void writeSiteMeasurement(ObjectNode o, SiteMeasurement measurement) {
        o.put("siteId", measurement.siteId());
        writeMeasurement(o.putObject("measurement"), measurement.measurement());
    }

    private static SiteMeasurement readSiteMeasurement(JsonIn in) {
        return in.build(() -> new SiteMeasurement(in.text("siteId"), readMeasurement(in.object("measurement"))));
    }

    private static void writeReview(ObjectNode o, SustainReview review) {
        o.put("reviewedOn", review.reviewedOn().toString());
        o.put("findings", review.findings());
        LocalDate next = review.nextReviewBy();
        if (next != null) {
            o.put("nextReviewBy", next.toString());
        }
    }

    private static SustainReview readReview(JsonIn in) {
        return in.build(() -> new SustainReview(in.date("reviewedOn"), in.text("findings"), in.optionalDate("nextReviewBy")));
    }

    private static void writeSignOff(ObjectNode o, SignOff signOff) {
        o.put("partner", signOff.partner().value());
        o.put("signedOn", signOff.signedOn().toString());
        putOptional(o, "comment", signOff.comment());
    }

    private static SignOff readSignOff(JsonIn in) {
        return in.build(() -> new SignOff(partner(in, "partner"), in.date("signedOn"), in.optionalText("comment")));
    }

    private static void writeApproval(ObjectNode o, Approval approval) {
        o.put("approval", approval.approval());
        o.put("approvedBy", approval.approvedBy().value());
        o.put("approvedOn", approval.approvedOn().toString());
    }

    private static Approval readApproval(JsonIn in) {
        return in.build(() -> new Approval(in.text("approval"), partner(in, "approvedBy"), in.date("approvedOn")));
    }
}
