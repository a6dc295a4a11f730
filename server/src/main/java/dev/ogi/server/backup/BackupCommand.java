package dev.ogi.server.backup;

import dev.ogi.server.core.OgiCommand;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code backup DIR [config.yml]}: a consistent copy of the database and attachments, while the
 * service runs; {@code restore DIR [config.yml]}: puts a backup back (the service stopped).
 */
public final class BackupCommand extends OgiCommand {

    private final boolean restore;

    private BackupCommand(String name, String description, String dirHelp, boolean restore) {
        super(name, description, false, arguments -> arguments.addArgument("dir").metavar("DIR").help(dirHelp));
        this.restore = restore;
    }

    public static BackupCommand backup() {
        return new BackupCommand("backup", "Copies the database and the attachments into DIR (safe while the service runs)",
                "an empty or new folder for the backup", false);
    }

    public static BackupCommand restore() {
        return new BackupCommand("restore", "Puts a backup made by 'backup DIR' back (stop the service first)",
                "the folder a backup was written into", true);
    }

    @Override
    protected void execute(Invocation invocation) {
        var configuration = invocation.configuration();
        Path dir = Path.of(invocation.argument("dir"));
        Path attachments = Path.of(configuration.getDeclarations().getAttachmentsDirectory());
        if (restore) {
            Backup.Copied copied = Backup.restore(dir, configuration.getDatabase(), attachments, Clock.systemUTC());
            System.out.printf("restored %s into %s: database %d KB, %d attachment files added%n", dir.toAbsolutePath(),
                    copied.database().toAbsolutePath(), copied.databaseBytes() / 1024, copied.attachments());
        } else {
            Backup.Copied copied = Backup.write(configuration.getDatabase(), attachments, dir);
            System.out.printf("backed up into %s: database %d KB, %d attachment files%n", dir.toAbsolutePath(),
                    copied.databaseBytes() / 1024, copied.attachments());
        }
    }
}
