package dev.ogi.server.demo;

import dev.ogi.server.AppContext;
import dev.ogi.server.units.UnitService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the seeded registry (Sichuan's 21 cities and prefectures and its provincial departments). */
public final class SeedUnitsStep implements DemoStep {

    public static final String SEED_RESOURCE = "seed/units.csv";

    @Override
    public String name() {
        return "单位名录";
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        UnitService.ImportResult result = context.units().importCsv(seedCsv());
        log.info("已导入单位名录：" + result.total() + " 个单位");
    }

    public static byte[] seedCsv() {
        try (InputStream in = SeedUnitsStep.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SEED_RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
