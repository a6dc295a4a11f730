package dev.ogi.server.auth;

import dev.ogi.server.core.Instants;
import dev.ogi.server.core.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts, passwords and sessions: checks credentials (with the login throttle), opens and
 * closes sessions, and manages accounts for the general office.
 */
public final class AuthService {

    /** A new session: the cookie value (given to the browser only) and its CSRF token. */
    public record NewSession(String token, String csrfToken, User user) {
    }

    /** A live session found from its cookie. */
    public record ActiveSession(User user, String csrfToken) {
    }

    /** Password checks already passed, keyed by an HMAC of the credentials (key random per process). */
    private record VerifiedCredentials(String passwordHash, Instant until) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration VERIFIED_CACHE_TIME = Duration.ofMinutes(2);
    private static final Duration EXTEND_AFTER = Duration.ofMinutes(1);
    /** How long a session read from the database is trusted: another node's sign-out or role change shows within it. */
    static final Duration SESSION_RECHECK = Duration.ofSeconds(2);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT.withZone(ZoneId.of("UTC"));
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Duration sessionIdleTimeout;
    private final byte[] cacheKey = new byte[32];
    private final ConcurrentHashMap<String, VerifiedCredentials> verified = new ConcurrentHashMap<>();
    private final SessionCache sessionCache = new SessionCache(SESSION_RECHECK);

    public AuthService(Jdbi jdbi, Clock clock, AuthConfiguration configuration) {
        this(jdbi, clock, new PasswordHasher(configuration.getPbkdf2Iterations()),
                new LoginThrottle(jdbi, clock, configuration.getMaxFailedLogins(), configuration.getLockout().toJavaDuration()),
                configuration.getSessionIdleTimeout().toJavaDuration());
    }

    public AuthService(Jdbi jdbi, Clock clock, PasswordHasher hasher, LoginThrottle throttle, Duration sessionIdleTimeout) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessionIdleTimeout = sessionIdleTimeout;
        RANDOM.nextBytes(cacheKey);
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    /** Checks a user name and password from this machine (commands, tests). */
    public User authenticate(String username, String password) {
        return authenticate(username, password, "local");
    }

    /**
     * Checks a user name and password sent from {@code source} (the client's address).
     *
     * @throws AuthException not signed in when wrong or disabled, too many attempts while the
     *                       source must wait before guessing again
     */
    public User authenticate(String username, String password, String source) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw AuthException.wrongCredentials();
        }
        String name = username.strip();
        LoginThrottle.Attempt attempt = throttle.begin(source, name).orElseThrow(() -> {
            Duration wait = throttle.waitFor(source, name);
            if (wait.isZero()) {
                return new AuthException(DomainException.Kind.TOO_MANY_ATTEMPTS, "账号 " + name
                        + " 同时有多个登录正在核验，请1秒后再试");
            }
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return new AuthException(DomainException.Kind.TOO_MANY_ATTEMPTS, "密码错误次数过多，已暂时锁定此来源对账号 "
                    + name + " 的登录，请" + (seconds >= 60 ? (seconds + 59) / 60 + "分钟" : seconds + "秒") + "后再试");
        });
        try {
            Optional<UserRow> row = jdbi.onDemand(UserDao.class).find(name);
            if (row.isEmpty()) {
                hasher.burn(password);
                attempt.failed();
                throw AuthException.wrongCredentials();
            }
            UserRow user = row.get();
            if (!passwordMatches(user, password)) {
                attempt.failed();
                throw AuthException.wrongCredentials();
            }
            if (user.disabled()) {
                attempt.abandoned();
                throw new AuthException(DomainException.Kind.NOT_SIGNED_IN, "账号 " + name + " 已停用，请联系省政府办公厅");
            }
            attempt.succeeded();
            if (hasher.needsUpgrade(user.passwordHash())) {
                jdbi.onDemand(UserDao.class).setPasswordHash(user.username(), hasher.hash(password));
            }
            return user.toUser();
        } finally {
            // an unexpected error (the database) neither counts nor keeps the attempt in flight
            attempt.abandoned();
        }
    }

    private boolean passwordMatches(UserRow user, String password) {
        String key = user.username() + "\u0000" + hmac(password);
        VerifiedCredentials cached = verified.get(key);
        Instant now = clock.instant();
        if (cached != null && cached.passwordHash().equals(user.passwordHash()) && now.isBefore(cached.until())) {
            return true;
        }
        if (!hasher.matches(password, user.passwordHash())) {
            return false;
        }
        if (verified.size() > 10_000) {
            verified.clear();
        }
        // scripts using Basic credentials would otherwise pay the slow hash on every request
        verified.put(key, new VerifiedCredentials(user.passwordHash(), now.plus(VERIFIED_CACHE_TIME)));
        return true;
    }

    private String hmac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public NewSession openSession(User user) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        SessionDao sessions = jdbi.onDemand(SessionDao.class);
        sessions.deleteExpired(format(now));
        sessions.insert(sha256(token), user.username(), csrf, format(now), format(now.plus(sessionIdleTimeout)));
        return new NewSession(token, csrf, user);
    }

    /**
     * The live session behind a cookie value; extends its idle timeout. Read from the database at
     * most once per {@link #SESSION_RECHECK} and session (see {@link SessionCache}), so a signed-in
     * read costs no query.
     */
    public Optional<ActiveSession> findSession(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String idHash = sha256(token);
        Instant now = clock.instant();
        Optional<ActiveSession> cached = sessionCache.find(idHash, now);
        if (cached.isPresent()) {
            return cached;
        }
        long stamp = sessionCache.stamp();
        SessionDao sessions = jdbi.onDemand(SessionDao.class);
        Optional<SessionDao.SessionRow> found = sessions.find(idHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionDao.SessionRow row = found.get();
        Instant expires = Instant.parse(row.expiresAt());
        if (!now.isBefore(expires) || row.disabled()) {
            sessions.delete(idHash);
            return Optional.empty();
        }
        Instant extended = now.plus(sessionIdleTimeout).truncatedTo(ChronoUnit.SECONDS);
        if (Duration.between(expires, extended).compareTo(EXTEND_AFTER) > 0) {
            // written at most once a minute per session, not on every request
            sessions.extend(idHash, format(extended));
            expires = extended;
        }
        ActiveSession session = new ActiveSession(new User(row.username(), row.role(), Optional.ofNullable(row.unitCode())),
                row.csrfToken());
        sessionCache.put(idHash, session, expires, stamp);
        return Optional.of(session);
    }

    public void closeSession(String token) {
        if (token != null && !token.isBlank()) {
            jdbi.onDemand(SessionDao.class).delete(sha256(token));
            sessionCache.remove(sha256(token));
        }
    }

    public List<UserRow> listUsers() {
        return jdbi.onDemand(UserDao.class).listAll();
    }

    public Optional<UserRow> findUser(String username) {
        return jdbi.onDemand(UserDao.class).find(username);
    }

    /**
     * Adds an account.
     *
     * @throws DomainException 400 for a bad name, role, unit or weak password; 409 when the name is taken
     */
    public User createUser(String username, String role, String unitCode, String password) {
        User user = validate(username, role, unitCode);
        checkPasswordStrength(password);
        if (!createIfAbsent(user, password)) {
            throw DomainException.conflict("账号 " + user.username() + " 已存在");
        }
        return user;
    }

    /** Adds an account without the password rules; for the demo's well-known accounts only. */
    public boolean createIfAbsent(User user, String password) {
        return jdbi.onDemand(UserDao.class).insertIfAbsent(user.username(), user.role(), user.unitCode().orElse(null),
                hasher.hash(password), format(clock.instant()));
    }

    public User changeRole(String username, String role, String unitCode) {
        User user = validate(username, role, unitCode);
        requireUser(username);
        jdbi.onDemand(UserDao.class).setRole(username, user.role(), user.unitCode().orElse(null));
        // sessions carry no role: the next request on this node sees the new one (other nodes within SESSION_RECHECK)
        sessionCache.removeUser(username);
        return user;
    }

    public void setPassword(String username, String password) {
        checkPasswordStrength(password);
        requireUser(username);
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).setPasswordHash(username, hasher.hash(password));
            handle.attach(SessionDao.class).deleteForUser(username);
        });
        sessionCache.removeUser(username);
    }

    public void setDisabled(String username, boolean disabled) {
        requireUser(username);
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).setDisabled(username, disabled);
            if (disabled) {
                handle.attach(SessionDao.class).deleteForUser(username);
            }
        });
        sessionCache.removeUser(username);
    }

    private UserRow requireUser(String username) {
        return findUser(username).orElseThrow(() -> DomainException.notFound("没有账号 " + username));
    }

    private User validate(String username, String role, String unitCode) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw DomainException.invalid("用户名无效：只能由字母、数字和 . _ @ - 组成，2至64位");
        }
        if (role == null || !User.ROLES.contains(role)) {
            throw DomainException.invalid("角色无效，应为 office（省政府办公厅）、leader（领导）或 unit（单位）");
        }
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        if (role.equals(User.UNIT)) {
            if (unit == null) {
                throw DomainException.invalid("单位账号必须指定所属单位代码");
            }
            if (jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM units WHERE code = :code").bind("code", unit)
                    .mapTo(Integer.class).one()) == 0) {
                throw DomainException.invalid("单位代码 " + unit + " 不存在");
            }
        } else if (unit != null) {
            throw DomainException.invalid("只有单位账号可以指定所属单位");
        }
        return new User(username, role, Optional.ofNullable(unit));
    }

    public static void checkPasswordStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("密码至少需要" + MIN_PASSWORD_LENGTH + "个字符");
        }
        if (password.length() > 200) {
            throw DomainException.invalid("密码不能超过200个字符");
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        return dev.ogi.crawlers.fetch.Hashes.sha256Hex(text);
    }

    /** The one stored form of an instant, so the stored text sorts as time does. */
    private static String format(Instant instant) {
        return Instants.text(instant);
    }
}
