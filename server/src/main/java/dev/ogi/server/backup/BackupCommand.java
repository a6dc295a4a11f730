package dev.ogi.server.backup;

import dev.ogi.server.OgiConfiguration;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code backup DIR [config.yml]}: a consistent copy of the database and attachments, while the service runs. */
public class BackupCommand extends ConfiguredCommand<OgiConfiguration> {

    public BackupCommand() {
        super("backup", "Copies the database and the attachments into DIR (safe while the service runs)");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("dir").metavar("DIR").help("an empty or new folder for the backup");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<OgiConfiguration> bootstrap, Namespace namespace, OgiConfiguration configuration) {
        Path target = Path.of(namespace.getString("dir"));
        Backup.Copied copied = Backup.write(configuration.getDatabase(),
                Path.of(configuration.getDeclarations().getAttachmentsDirectory()), target);
        System.out.printf("backed up into %s: database %d KB, %d attachment files%n", target.toAbsolutePath(),
                copied.databaseBytes() / 1024, copied.attachments());
    }
}
