package uk.nhs.coproduction.samples.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.EventStore;
import uk.nhs.coproduction.alwaysevents.store.FileEventStore;
import uk.nhs.coproduction.alwaysevents.store.testkit.TornWriteEventStoreContract;

/**
 * The file store passes the store contract, torn writes included, on this Boot line's classpath.
 * Runs on Boot 4.0 (this module) and Boot 3.5 ({@code spring-boot-3-sample}).
 */
class FileStoreContractTest extends TornWriteEventStoreContract {

    @TempDir
    Path folder;

    private int stores;

    @Override
    protected EventStore newStore() {
        return FileEventStore.open(folder.resolve("store-" + ++stores));
    }

    @Override
    protected EventStore reopen(EventStore store) {
        FileEventStore file = (FileEventStore) store;
        file.close();
        return FileEventStore.open(file.directory());
    }

    @Override
    protected EventStore tearLastAppend(EventStore store, ProjectId project) {
        FileEventStore file = (FileEventStore) store;
        file.close();
        Path log = file.directory().resolve(project.value() + ".events.jsonl");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            long lastLine = lines.get(lines.size() - 1).getBytes(StandardCharsets.UTF_8).length + 1;
            try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() - lastLine / 2);   // cut short half-way through the last line
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FileEventStore.open(file.directory());
    }
}
