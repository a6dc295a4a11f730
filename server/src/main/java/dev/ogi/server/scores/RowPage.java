package dev.ogi.server.scores;

import dev.ogi.server.core.DomainException;
import java.util.List;

/**
 * Which rows of each group's ranking a response carries ({@code ?offset=&limit=}); by default
 * all of them, so that a request without the parameters answers exactly as before.
 *
 * @param offset rows skipped from the top
 * @param limit  rows carried at most ({@link Integer#MAX_VALUE} when not given)
 */
record RowPage(int offset, int limit) {

    static final RowPage ALL = new RowPage(0, Integer.MAX_VALUE);

    static RowPage parse(String offset, String limit) {
        return new RowPage(count("offset", offset, 0), count("limit", limit, Integer.MAX_VALUE));
    }

    <T> List<T> of(List<T> rows) {
        if (offset == 0 && limit >= rows.size()) {
            return rows;
        }
        int from = Math.min(offset, rows.size());
        return rows.subList(from, (int) Math.min((long) from + limit, rows.size()));
    }

    private static int count(String name, String parameter, int absent) {
        if (parameter == null || parameter.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(parameter.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalid("参数 " + name + " 无效：\"" + parameter + "\"，应为 0 以上的整数");
    }
}
