-- Accounts and their sessions. Passwords are PBKDF2 hashes (never the password); sessions are
-- stored by the SHA-256 of their cookie value, so a copy of the database opens no session.

CREATE TABLE users (
    username       TEXT PRIMARY KEY,
    role           TEXT NOT NULL CHECK (role IN ('office', 'leader', 'unit')),
    unit_code      TEXT REFERENCES units (code),
    password_hash  TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    disabled       INTEGER NOT NULL DEFAULT 0,
    CHECK ((role = 'unit') = (unit_code IS NOT NULL))
);

CREATE INDEX users_unit ON users (unit_code);

CREATE TABLE sessions (
    id_hash        TEXT PRIMARY KEY,
    username       TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    csrf_token     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL
);

CREATE INDEX sessions_user ON sessions (username);
