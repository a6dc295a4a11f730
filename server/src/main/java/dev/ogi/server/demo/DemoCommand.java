package dev.ogi.server.demo;

import dev.ogi.server.OgiApplication;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.Database;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * {@code demo}: the newcomer's first look. Starts the service on a database of its own (made
 * anew each time), loads the registry and the 2007 campaign, then fills it as real use would.
 */
public class DemoCommand extends ServerCommand<OgiConfiguration> {

    public static final String DEMO_DATABASE = "data/demo/ogi-demo.db";
    /** The demo's timeline ends here; the dashboard is judged as of this day. */
    public static final LocalDate DEMO_AS_OF = LocalDate.of(2008, 3, 15);

    public DemoCommand(DemoApplication application) {
        super(application, "demo", "Starts the service with demo data (the 2007 campaign replayed) on http://localhost:8080");
    }

    @Override
    protected void run(Bootstrap<OgiConfiguration> bootstrap, Namespace namespace, OgiConfiguration configuration)
            throws Exception {
        configuration.setDatabase(OgiConfiguration.sqliteDefaults(DEMO_DATABASE));
        if (configuration.getAsOf() == null) {
            configuration.setAsOf(DEMO_AS_OF);
        }
        Path file = Database.sqliteFile(configuration.getDatabase().getUrl());
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        super.run(bootstrap, namespace, configuration);
    }
}
