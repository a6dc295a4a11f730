package dev.ogi.server.auth;

import dev.ogi.server.AppContext;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.OgiCommand;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code add-user USERNAME --role office|leader|unit [--unit CODE] [--password-file FILE] [config.yml]}:
 * creates an account (the first office account of a real deployment). The password is typed twice
 * (or read as two lines from stdin), or read from the first line of a file; never an argument,
 * so it stays out of the shell history and the process list.
 */
public class AddUserCommand extends OgiCommand {

    public AddUserCommand() {
        super("add-user", "Creates an account (office, leader, or unit bound to a unit code)", false,
                AddUserCommand::addArguments);
    }

    private static void addArguments(Subparser subparser) {
        subparser.addArgument("username").metavar("USERNAME").help("the account's name, e.g. zhangsan");
        subparser.addArgument("--role").required(true).choices(User.ROLES)
                .help("office (general office: everything), leader (reads everything), unit (one unit)");
        subparser.addArgument("--unit").metavar("CODE").help("the unit code a unit account belongs to");
        subparser.addArgument("--password-file").dest("passwordFile").metavar("FILE")
                .help("read the password from the first line of this file instead of asking");
    }

    @Override
    protected void execute(Invocation invocation) throws Exception {
        String username = invocation.argument("username");
        String password = readPassword(invocation.argument("passwordFile"));
        try (AppContext context = invocation.context()) {
            User user = context.auth().createUser(username, invocation.argument("role"), invocation.argument("unit"),
                    password);
            context.audit().record(dev.ogi.server.audit.AuditActor.system("command"), "user.create", username, null,
                    user, "add-user");
            System.out.println("created account " + user.username() + " (" + user.role()
                    + user.unitCode().map(code -> ", unit " + code).orElse("") + ")");
        } catch (DomainException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String readPassword(String passwordFile) throws IOException {
        if (passwordFile != null) {
            List<String> lines = Files.readAllLines(Path.of(passwordFile), StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalArgumentException(passwordFile + " is empty; put the password on its first line");
            }
            return lines.get(0);
        }
        String first;
        String second;
        Console console = System.console();
        if (console != null) {
            first = new String(console.readPassword("Password: "));
            second = new String(console.readPassword("Repeat password: "));
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            first = in.readLine();
            second = in.readLine();
        }
        if (first == null || second == null) {
            throw new IllegalArgumentException("no password given: type it twice, or use --password-file FILE");
        }
        if (!first.equals(second)) {
            throw new IllegalArgumentException("the two passwords differ; nothing was created");
        }
        return first;
    }
}
