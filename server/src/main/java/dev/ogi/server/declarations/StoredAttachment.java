package dev.ogi.server.declarations;

import java.nio.file.Path;

/** An attachment's row and where its bytes are. */
public record StoredAttachment(AttachmentRow row, Path file) {
}
