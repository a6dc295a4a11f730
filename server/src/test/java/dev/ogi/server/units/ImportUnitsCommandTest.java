package dev.ogi.server.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.OgiApplication;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.Database;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import-units command, run through Dropwizard's command line as a user would. */
class ImportUnitsCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private Optional<Throwable> run(String... args) throws Exception {
        Path config = folder.resolve("config.yml");
        Files.writeString(config, "database:\n  url: jdbc:sqlite:" + folder.resolve("ogi.db") + "\nlogging:\n  level: WARN\n");
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = config.toString();
        Bootstrap<OgiConfiguration> bootstrap = new Bootstrap<>(new OgiApplication());
        new OgiApplication().initialize(bootstrap);
        Cli cli = new Cli(new JarLocation(getClass()), bootstrap, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return cli.run(all);
    }

    private int unitCount() {
        return Database.openStandalone(OgiConfiguration.sqliteDefaults(folder.resolve("ogi.db").toString()))
                .onDemand(UnitDao.class).count();
    }

    @Test
    void goodFileIsImported() throws Exception {
        Path csv = folder.resolve("units.csv");
        Files.writeString(csv, "code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + "jyt,四川省教育厅,省直部门,http://www.scedu.gov.cn/\n");

        Optional<Throwable> error = run("import-units", csv.toString());

        assertThat(error).isEmpty();
        assertThat(unitCount()).isEqualTo(2);
    }

    @Test
    void badFileImportsNothingAndPrintsEveryBadLine() throws Exception {
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n");
        run("import-units", good.toString());
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "code,name,group,homepage\njyt,四川省教育厅,省直部门,http://www.scedu.gov.cn/\n"
                + "kjt,四川省科学技术厅,厅局,http://www.scst.gov.cn/\n");

        Optional<Throwable> error = run("import-units", bad.toString());

        assertThat(error).isPresent();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("第3行：分组 \"厅局\" 无效");
        assertThat(unitCount()).isEqualTo(1);
    }
}
