package uk.nhs.coproduction.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.workflow.WorkflowDefinition;
import uk.nhs.coproduction.catalog.Catalog;
import uk.nhs.coproduction.catalog.exchange.CatalogJson;
import uk.nhs.coproduction.catalog.exchange.SearchResultJson;
import uk.nhs.coproduction.catalog.exchange.VocabulariesJson;
import uk.nhs.coproduction.catalog.release.CatalogRelease;
import uk.nhs.coproduction.catalog.search.Query;
import uk.nhs.coproduction.catalog.search.SearchResult;
import uk.nhs.coproduction.model.framework.Frameworks;
import uk.nhs.coproduction.model.json.CoproductionJson;
import uk.nhs.coproduction.model.json.DocumentType;
import uk.nhs.coproduction.model.framework.LadderOfParticipation;
import uk.nhs.coproduction.spring.autoconfigure.jackson.CoproductionJacksonModule;
import uk.nhs.coproduction.spring.autoconfigure.jackson2.CoproductionJackson2Module;

/**
 * Both modules make a mapper write the library's own text, byte for byte, and read it back with the
 * library's reader, refusing what the library refuses: Jackson 3 (Boot 4.0's mapper) and Jackson 2
 * (Boot 3.5's).
 */
class JacksonModulesTest {

    private final JsonMapper jackson3 = JsonMapper.builder().addModule(new CoproductionJacksonModule()).build();
    private final ObjectMapper jackson2 = new ObjectMapper().registerModule(new CoproductionJackson2Module());

    @Test
    void theLibrarysDocumentsAreWrittenByteForByteAsTheLibraryWritesThem() throws Exception {
        CommandOutcome.Recorded started = AlwaysEventProjects.inMemory().handle(ProjectId.of("humber-contact"), 0,
                Actor.of("qi-lead"), CoproductionAutoConfigurationTest.start()).orElseThrow();
        RecordedEvent event = started.events().get(0);
        AlwaysEventProject project = started.project();
        SearchResult result = Catalog.national().search(Query.text("films"));
        LadderOfParticipation ladder = Frameworks.bundled().ladder();
        WorkflowDefinition definition = WorkflowDefinition.standard();

        for (Object[] pair : List.of(
                new Object[] {event, EventJson.write(event)},
                new Object[] {project, EventJson.writeSnapshot(project)},
                new Object[] {definition, definition.toJson()},
                new Object[] {CatalogJson.national(), CatalogJson.write(CatalogJson.national())},
                new Object[] {result, SearchResultJson.write(result, VocabulariesJson.bundled())},
                new Object[] {ladder, CoproductionJson.standard().write(DocumentType.LADDER_OF_PARTICIPATION, ladder)})) {
            assertThat(jackson3.writeValueAsString(pair[0])).as("Jackson 3, %s", pair[0].getClass()).isEqualTo(pair[1]);
            assertThat(jackson2.writeValueAsString(pair[0])).as("Jackson 2, %s", pair[0].getClass()).isEqualTo(pair[1]);
        }
    }

    @Test
    void theLibrarysDocumentsAreReadBackByTheLibrarysReader() throws Exception {
        CommandOutcome.Recorded started = AlwaysEventProjects.inMemory().handle(ProjectId.of("humber-contact"), 0,
                Actor.of("qi-lead"), CoproductionAutoConfigurationTest.start()).orElseThrow();
        RecordedEvent event = started.events().get(0);
        String json = EventJson.write(event);
        assertThat(jackson3.readValue(json, RecordedEvent.class)).isEqualTo(event);
        assertThat(jackson2.readValue(json, RecordedEvent.class)).isEqualTo(event);

        String definition = WorkflowDefinition.standard().toJson();
        assertThat(jackson3.readValue(definition, WorkflowDefinition.class)).isEqualTo(WorkflowDefinition.standard());
        assertThat(jackson2.readValue(definition, WorkflowDefinition.class)).isEqualTo(WorkflowDefinition.standard());

        String release = CatalogJson.write(CatalogJson.national());
        assertThat(jackson3.readValue(release, CatalogRelease.class).resources())
                .hasSameSizeAs(CatalogJson.national().resources());
        assertThat(jackson2.readValue(release, CatalogRelease.class).resources())
                .hasSameSizeAs(CatalogJson.national().resources());
    }

    @Test
    void aDocumentTheLibraryRefusesIsRefusedByTheMapperNamingTheField() {
        String noVersion = "{\"schemaVersion\":1,\"projectId\":\"humber-contact\"}";
        assertThatThrownBy(() -> jackson3.readValue(noVersion, RecordedEvent.class))
                .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("not a valid RecordedEvent document");
        assertThatThrownBy(() -> jackson2.readValue(noVersion, RecordedEvent.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("not a valid RecordedEvent document");
    }
}
