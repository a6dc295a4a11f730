package dev.ogi.server.demo;

import java.io.PrintStream;

/** Where demo steps tell the newcomer what they are doing. */
public final class DemoLog {

    private final PrintStream out;

    public DemoLog(PrintStream out) {
        this.out = out;
    }

    public void info(String message) {
        out.println("[demo] " + message);
        out.flush();
    }
}
