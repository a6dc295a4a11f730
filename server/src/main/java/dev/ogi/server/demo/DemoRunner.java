package dev.ogi.server.demo;

import dev.ogi.server.AppContext;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the demo's steps: some before the server answers, the rest in the background after. */
public final class DemoRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRunner.class);

    private final AppContext context;
    private final DemoLog log;

    public DemoRunner(AppContext context, DemoLog log) {
        this.context = context;
        this.log = log;
    }

    public void runBeforeServing() {
        run(DemoSteps.beforeServing());
    }

    public void runInBackground(Server server) {
        Thread thread = new Thread(() -> {
            run(DemoSteps.background());
            log.info("演示数据已全部生成。打开 http://localhost:" + port(server) + "/ 查看（评估日期 " + context.asOf().today() + "）");
        }, "demo-steps");
        thread.setDaemon(true);
        thread.start();
    }

    private static int port(Server server) {
        return server.getURI() == null ? 8080 : server.getURI().getPort();
    }

    private void run(List<DemoStep> steps) {
        for (DemoStep step : steps) {
            long started = System.nanoTime();
            try {
                step.run(context, log);
                log.info(step.name() + " 完成（" + (System.nanoTime() - started) / 1_000_000 + " ms）");
            } catch (Exception e) {
                LOG.error("demo step {} failed", step.name(), e);
                log.info(step.name() + " 失败：" + e);
            }
        }
    }
}
