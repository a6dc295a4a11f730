package dev.ogi.server.declarations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Uploaded documents on disk, outside the database, one file per content: the name is the
 * SHA-256 of the bytes (in a folder of its first two hex digits), so the same file uploaded twice
 * is stored once and a stored file can be verified against its name.
 */
public final class AttachmentStore {

    private final Path root;

    public AttachmentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public static String sha256(byte[] content) {
        return dev.ogi.crawlers.fetch.Hashes.sha256Hex(content);
    }

    /** Writes the content unless already there; returns the path relative to the root. */
    public String put(String sha256, byte[] content) {
        String relative = sha256.substring(0, 2) + "/" + sha256;
        Path target = root.resolve(relative);
        try {
            if (Files.exists(target) && Files.size(target) == content.length) {
                return relative;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + sha256 + " under " + root + ": " + e.getMessage(), e);
        }
    }

    /** The stored file; never outside the root, whatever the row says. */
    public Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("attachment path escapes the attachments folder: " + relative);
        }
        return path;
    }
}
