package dev.ogi.crawlers.sim;

import java.time.LocalDate;

/** One virtual host of the simulated web; answers as the site stood on the simulated date. */
@FunctionalInterface
public interface SimHost {
    SimResponse handle(SimRequest request, LocalDate date);
}
