package dev.ogi.server.db;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds Java booleans as INTEGER 1/0, the type every flag column has on SQLite and PostgreSQL
 * alike (PostgreSQL does not cast a boolean parameter to an integer column). Reading back needs
 * nothing: both drivers read 1/0 as true/false.
 */
final class FlagArgumentFactory implements ArgumentFactory.Preparable {

    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (type != boolean.class && type != Boolean.class) {
            return Optional.empty();
        }
        return Optional.of(value -> value == null
                ? new NullArgument(Types.INTEGER)
                : (position, statement, context) -> statement.setInt(position, (Boolean) value ? 1 : 0));
    }
}
