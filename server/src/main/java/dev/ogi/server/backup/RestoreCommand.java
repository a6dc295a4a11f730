package dev.ogi.server.backup;

import dev.ogi.server.OgiConfiguration;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code restore DIR [config.yml]}: puts a backup back (the service stopped). */
public class RestoreCommand extends ConfiguredCommand<OgiConfiguration> {

    public RestoreCommand() {
        super("restore", "Puts a backup made by 'backup DIR' back (stop the service first)");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("dir").metavar("DIR").help("the folder a backup was written into");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<OgiConfiguration> bootstrap, Namespace namespace, OgiConfiguration configuration) {
        Path backup = Path.of(namespace.getString("dir"));
        Backup.Copied copied = Backup.restore(backup, configuration.getDatabase(),
                Path.of(configuration.getDeclarations().getAttachmentsDirectory()), Clock.systemUTC());
        System.out.printf("restored %s into %s: database %d KB, %d attachment files added%n", backup.toAbsolutePath(),
                copied.database().toAbsolutePath(), copied.databaseBytes() / 1024, copied.attachments());
    }
}
