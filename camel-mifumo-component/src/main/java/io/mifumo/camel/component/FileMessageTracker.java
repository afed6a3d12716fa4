package io.mifumo.camel.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A message tracker kept in a file, one id per line, so the ids an sms/status consumer still waits for survive a
 * restart. Every change rewrites the file through a temporary file and an atomic move, so a crash leaves either the
 * old or the new list, never half of one. Meant for the hundreds of ids in flight, not millions.
 */
public class FileMessageTracker implements MessageTracker {

    private final Path file;
    private final Set<String> ids = new LinkedHashSet<>();

    public FileMessageTracker(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        ids.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tracked message ids from " + file, e);
        }
    }

    @Override
    public synchronized void track(String messageId) {
        if (messageId != null && !messageId.isBlank() && ids.add(messageId.strip())) {
            save();
        }
    }

    @Override
    public synchronized void untrack(String messageId) {
        if (ids.remove(messageId)) {
            save();
        }
    }

    @Override
    public synchronized Collection<String> trackedIds() {
        return List.copyOf(ids);
    }

    private void save() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.write(temporary, ids, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the tracked message ids to " + file, e);
        }
    }

    @Override
    public String toString() {
        return "FileMessageTracker[" + file + ", " + ids.size() + " ids]";
    }
}
