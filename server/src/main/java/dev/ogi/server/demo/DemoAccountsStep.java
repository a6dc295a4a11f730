package dev.ogi.server.demo;

import dev.ogi.server.auth.AuthConfiguration;
import dev.ogi.server.auth.AuthService;
import dev.ogi.server.auth.LoginThrottle;
import dev.ogi.server.auth.PasswordHasher;
import dev.ogi.server.auth.User;
import dev.ogi.server.AppContext;
import dev.ogi.server.units.Unit;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The demo's well-known accounts, all with the password {@value #PASSWORD}: {@code office},
 * {@code leader}, and one per unit named by its code. Only the demo makes them; a real deployment
 * starts with no account at all (see {@code add-user}).
 */
public final class DemoAccountsStep implements DemoStep {

    public static final String PASSWORD = "demo";
    private static final int DEMO_ITERATIONS = 10_000;

    @Override
    public String name() {
        return "演示账号";
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        AuthConfiguration configuration = context.configuration().getAuth();
        // the password is printed for all to read, so its hash need not be slow; a cheap one keeps
        // the demo's start quick, and each account's first login re-hashes it at full cost
        PasswordHasher cheap = new PasswordHasher(Math.min(DEMO_ITERATIONS, configuration.getPbkdf2Iterations()));
        AuthService auth = new AuthService(context.jdbi(), context.clock(), cheap,
                new LoginThrottle(context.jdbi(), context.clock(), configuration.getMaxFailedLogins(), configuration.getLockout().toJavaDuration()),
                configuration.getSessionIdleTimeout().toJavaDuration());
        List<Unit> units = context.units().list(false);
        auth.createIfAbsent(new User("office", User.OFFICE, Optional.empty()), PASSWORD);
        auth.createIfAbsent(new User("leader", User.LEADER, Optional.empty()), PASSWORD);
        units.stream().forEach(unit ->
                auth.createIfAbsent(new User(unit.code(), User.UNIT, Optional.of(unit.code())), PASSWORD));
        log.info("演示账号（密码均为 " + PASSWORD + "）：office（省政府办公厅，全部功能）、leader（领导，只读）、"
                + "以及每个单位一个以单位代码命名的账号，例如 "
                + units.stream().limit(3).map(u -> u.code() + "（" + u.displayName() + "）").toList()
                + " 等共 " + units.size() + " 个");
    }
}
