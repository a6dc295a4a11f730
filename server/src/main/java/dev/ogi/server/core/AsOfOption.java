package dev.ogi.server.core;

import dev.ogi.server.OgiConfiguration;
import java.time.LocalDate;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** The {@code --as-of YYYY-MM-DD} option every command that judges or reports accepts. */
public final class AsOfOption {

    private static final String DEST = "asOf";

    private AsOfOption() {
    }

    public static void addTo(Subparser subparser) {
        subparser.addArgument("--as-of")
                .dest(DEST)
                .metavar("YYYY-MM-DD")
                .help("judge as of this day instead of today (replays a campaign), e.g. 2007-11-05");
    }

    /** Applies the option to the configuration; a malformed date stops the command with a clear message. */
    public static void apply(Namespace namespace, OgiConfiguration configuration) {
        String value = namespace.getString(DEST);
        if (value == null) {
            return;
        }
        LocalDate day = AsOfClock.parse(value.strip()).orElseThrow(() -> new IllegalArgumentException(
                "--as-of \"" + value + "\" is not a date; write it as YYYY-MM-DD, e.g. 2007-11-05"));
        configuration.setAsOf(day);
    }

}
