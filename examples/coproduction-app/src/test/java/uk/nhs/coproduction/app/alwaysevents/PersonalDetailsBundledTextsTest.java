package uk.nhs.coproduction.app.alwaysevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.coproduction.alwaysevents.project.RecordedEvent;
import uk.nhs.coproduction.alwaysevents.store.EventJson;
import uk.nhs.coproduction.alwaysevents.store.InMemoryEventStore;
import uk.nhs.coproduction.app.projectcommands.CommandDescription;
import uk.nhs.coproduction.app.projectcommands.CommandDescriptions;
import uk.nhs.coproduction.app.projectcommands.CommandField;
import uk.nhs.coproduction.model.personaldetails.DetailKind;
import uk.nhs.coproduction.model.personaldetails.PersonalDetailsCheck;

/**
 * The false-positive rate of the personal-details check on the project's own wording, kept at
 * zero: every string of every bundled JSON file (the framework editions, the workflow, the
 * progress scale, the criteria, the national catalogue and its vocabularies, the sample
 * partnership), every title, description, label and hint of the command forms, and everything the
 * Humber demonstration records. None of it is personal, so none of it may be flagged.
 */
class PersonalDetailsBundledTextsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..", "..").normalize();

    @Test
    void noBundledTextLooksPersonal() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String module : List.of("coproduction-model", "always-events", "resources-catalog",
                "examples/coproduction-app")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/resources"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    strings(JSON.readTree(Files.readString(file)), texts);
                }
            }
        }
        int json = texts.size();
        for (CommandDescription form : CommandDescriptions.everyCommand()) {
            texts.add(form.title());
            texts.add(form.description());
            for (CommandField field : form.fields()) {
                texts.add(field.label());
                texts.add(field.missing());
                if (field.hint() != null) {
                    texts.add(field.hint());
                }
            }
        }
        InMemoryEventStore store = new InMemoryEventStore();
        HumberAlwaysEvent.run(store, r -> { });
        for (RecordedEvent event : store.read(HumberAlwaysEvent.PROJECT).events()) {
            strings(JSON.readTree(EventJson.write(event)), texts);
        }

        Map<String, Set<DetailKind>> flagged = new TreeMap<>();
        for (String text : texts) {
            PersonalDetailsCheck check = PersonalDetailsCheck.of(text);
            if (!check.isClear()) {
                flagged.put(text, check.kinds());
            }
        }
        assertThat(json).as("strings in the bundled JSON files").isGreaterThan(1000);
        assertThat(flagged).as("bundled texts taken for personal details, of %d", texts.size()).isEmpty();
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        }
        node.forEach(child -> strings(child, into));
    }
}
