package dev.ogi.server.units;

import dev.ogi.server.AppContext;
import dev.ogi.server.core.OgiCommand;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code import-units UNITS.csv [config.yml]}: loads a registry CSV, whole or not at all. */
public class ImportUnitsCommand extends OgiCommand {

    public ImportUnitsCommand() {
        super("import-units", "Imports units from a CSV with the header code,name,group,homepage", false,
                arguments -> arguments.addArgument("units").metavar("UNITS.csv").help("the registry file (UTF-8)"));
    }

    @Override
    protected void execute(Invocation invocation) throws Exception {
        Path file = Path.of(invocation.argument("units"));
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        try (AppContext context = invocation.context()) {
            UnitService.ImportResult result = context.units().importCsv(content);
            context.audit().record(dev.ogi.server.audit.AuditActor.system("command"), "unit.import", "registry", null,
                    result, "import-units " + file);
            System.out.printf("imported %s: %d added, %d updated, %d units in the registry%n",
                    file, result.added(), result.updated(), result.total());
        } catch (UnitImportException e) {
            StringBuilder message = new StringBuilder(file + ": " + e.getMessage());
            e.errors().forEach(error -> message.append(System.lineSeparator()).append("  ").append(error));
            throw new IllegalArgumentException(message.toString());
        }
    }
}
