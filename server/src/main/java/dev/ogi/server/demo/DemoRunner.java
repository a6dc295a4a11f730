package dev.ogi.server.demo;

import dev.ogi.server.AppContext;
import java.lang.management.ManagementFactory;
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
        run(DemoSteps.beforeServing(), context, log);
    }

    public void runInBackground(Server server) {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            run(DemoSteps.background(), context, log);
            log.info("演示数据已全部生成（后台步骤 " + (System.nanoTime() - started) / 1_000_000 + " ms，自进程启动 "
                    + ManagementFactory.getRuntimeMXBean().getUptime() / 1000 + " s）。打开 http://localhost:" + port(server)
                    + "/ 查看（评估日期 " + context.asOf().today() + "）");
        }, "demo-steps");
        thread.setDaemon(true);
        thread.start();
    }

    private static int port(Server server) {
        return server.getURI() == null ? 8080 : server.getURI().getPort();
    }

    /** Runs the steps in order, each timed; a step that fails is logged and the next one runs. */
    static void run(List<DemoStep> steps, AppContext context, DemoLog log) {
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
