package dev.ogi.server.demo;

import dev.ogi.server.AppContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Steps that share no state, side by side: each branch runs its steps in order in a thread of its
 * own, and this step ends when every branch has. The simulated web stands on one day at a time,
 * so at most one branch may set its date (crawl or probe through it).
 */
final class DemoBranches implements DemoStep {

    private final List<List<DemoStep>> branches;

    DemoBranches(List<List<DemoStep>> branches) {
        this.branches = List.copyOf(branches);
    }

    @Override
    public String name() {
        return branches.stream().map(b -> b.get(0).name()).collect(Collectors.joining(" 与 ", "同时进行：", ""));
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        int n = 0;
        for (List<DemoStep> branch : branches) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    DemoRunner.run(branch, context, log);
                } finally {
                    done.complete(null);
                }
            }, "demo-steps-" + ++n);
            thread.setDaemon(true);
            thread.start();
            running.add(done);
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }
}
