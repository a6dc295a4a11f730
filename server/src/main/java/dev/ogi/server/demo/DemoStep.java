package dev.ogi.server.demo;

import dev.ogi.server.AppContext;

/** One piece of demo content, made the way real use would make it (no inserted rows). */
public interface DemoStep {

    String name();

    void run(AppContext context, DemoLog log) throws Exception;
}
