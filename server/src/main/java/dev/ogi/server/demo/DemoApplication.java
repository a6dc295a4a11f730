package dev.ogi.server.demo;

import dev.ogi.server.AppContext;
import dev.ogi.server.OgiApplication;
import io.dropwizard.core.setup.Environment;

/** The service as the {@code demo} command runs it: the same application, filled by the demo's steps. */
public final class DemoApplication extends OgiApplication {

    @Override
    protected void started(AppContext context, Environment environment) {
        DemoRunner demo = new DemoRunner(context, new DemoLog(System.out));
        demo.runBeforeServing();
        environment.lifecycle().addServerLifecycleListener(demo::runInBackground);
    }
}
