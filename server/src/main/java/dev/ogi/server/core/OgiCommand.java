package dev.ogi.server.core;

import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.util.function.Consumer;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * A command over the service's configuration ({@code NAME [its arguments] [config.yml]}), like
 * {@code server}: its own arguments come first, {@code --as-of} where it judges or reports, and
 * it works on the same composition root as the service, {@link AppContext}.
 */
public abstract class OgiCommand extends ConfiguredCommand<OgiConfiguration> {

    private final Consumer<Subparser> arguments;
    private final boolean asOf;

    /**
     * @param arguments adds the command's own arguments
     * @param asOf whether the command takes {@code --as-of YYYY-MM-DD}
     */
    protected OgiCommand(String name, String description, boolean asOf, Consumer<Subparser> arguments) {
        super(name, description);
        this.arguments = arguments;
        this.asOf = asOf;
    }

    @Override
    public final void configure(Subparser subparser) {
        arguments.accept(subparser);
        if (asOf) {
            AsOfOption.addTo(subparser);
        }
        super.configure(subparser);
    }

    @Override
    protected final void run(Bootstrap<OgiConfiguration> bootstrap, Namespace namespace, OgiConfiguration configuration)
            throws Exception {
        if (asOf) {
            AsOfOption.apply(namespace, configuration);
        }
        execute(new Invocation(bootstrap, namespace, configuration));
    }

    /** What the command does. */
    protected abstract void execute(Invocation invocation) throws Exception;

    /** One run of a command: its arguments, its configuration, and the context built on demand. */
    public record Invocation(Bootstrap<OgiConfiguration> bootstrap, Namespace namespace, OgiConfiguration configuration) {

        public String argument(String name) {
            return namespace.getString(name);
        }

        /** The service's objects on this configuration, without the scheduler; close it when done. */
        public AppContext context() {
            return AppContext.forCommand(configuration, bootstrap);
        }
    }

    /** A command that works on the service's objects: the context is opened before and closed after. */
    public abstract static class OnContext extends OgiCommand {

        protected OnContext(String name, String description, boolean asOf, Consumer<Subparser> arguments) {
            super(name, description, asOf, arguments);
        }

        @Override
        protected final void execute(Invocation invocation) throws Exception {
            try (AppContext context = invocation.context()) {
                execute(context, invocation);
            }
        }

        protected abstract void execute(AppContext context, Invocation invocation) throws Exception;
    }
}
