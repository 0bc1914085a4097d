package com.boxoffice.schema.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * A statement built with jOOQ from the generated schema and rendered to SQL once, then run through
 * JDBC with new values at each execution. jOOQ builds and renders a query again every time it runs
 * one; on the hot path of a checkout a JFR profile of the engine comparison put that at about a
 * quarter of the workers' CPU and a fifth of the API's (BENCHMARKS.md, tuning 30). A statement
 * rendered here keeps jOOQ's compile-time check against the schema and pays for the rendering once.
 *
 * <p>Its values are named placeholders ({@code DSL.param("checkoutId", String.class)}); any other
 * value in the query is a constant of the statement, and is rendered inline. Each execution binds
 * every name, through the PostgreSQL driver's own types: String, Integer, Long, Boolean,
 * OffsetDateTime, and String[] for {@code = any(…)}.
 */
public final class RenderedSql {
  /** jOOQ renders a named value as {@code :name}, which {@link #parse} turns into JDBC's ?. */
  private static final Settings NAMED = new Settings().withRenderNamedParamPrefix(":");

  private final String sql;

  /** The values' names in bind order: a name used twice in the statement is bound twice. */
  private final List<String> names;

  /** The names each execution must give, no more and no fewer. */
  private final Set<String> required;

  /**
   * Each name's JDBC type, for binding a null: PostgreSQL cannot always tell a null's type from
   * where it stands ({@code :x is null}), and jOOQ's declared type says it.
   */
  private final Map<String, Integer> sqlTypes;

  private RenderedSql(String sql, List<String> names, Map<String, Integer> sqlTypes) {
    this.sql = sql;
    this.names = names;
    this.required = Set.copyOf(names);
    this.sqlTypes = Map.copyOf(sqlTypes);
  }

  /** Maps the current row of a result. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Named values stay placeholders; every other value is a constant of the statement, inlined. */
  public static RenderedSql of(Query query) {
    DSLContext postgres = DSL.using(SQLDialect.POSTGRES, NAMED);
    Map<String, Integer> sqlTypes = new HashMap<>();
    postgres
        .extractParams(query)
        .forEach((name, param) -> sqlTypes.put(name, param.getDataType().getSQLType()));
    return parse(postgres.renderNamedOrInlinedParams(query), sqlTypes);
  }

  /**
   * Turns jOOQ's {@code :name} placeholders into JDBC's {@code ?}, in order. Quoted literals and
   * identifiers and PostgreSQL's {@code ::} casts are copied as they are.
   */
  static RenderedSql parse(String named, Map<String, Integer> sqlTypes) {
    StringBuilder sql = new StringBuilder(named.length());
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < named.length()) {
      char c = named.charAt(i);
      if (c == '\'' || c == '"') {
        int end = named.indexOf(c, i + 1);
        while (end >= 0 && end + 1 < named.length() && named.charAt(end + 1) == c) {
          end = named.indexOf(c, end + 2);
        }
        if (end < 0) {
          throw new IllegalArgumentException("Unterminated quote in " + named);
        }
        sql.append(named, i, end + 1);
        i = end + 1;
      } else if (c == ':' && i + 1 < named.length() && named.charAt(i + 1) == ':') {
        sql.append("::");
        i += 2;
      } else if (c == ':') {
        int end = i + 1;
        while (end < named.length() && isNamePart(named.charAt(end))) {
          end++;
        }
        String name = named.substring(i + 1, end);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
          throw new IllegalArgumentException(
              "Every value must be a named DSL.param or a DSL.inline constant: " + named);
        }
        names.add(name);
        sql.append('?');
        i = end;
      } else {
        sql.append(c);
        i++;
      }
    }
    return new RenderedSql(sql.toString(), List.copyOf(names), sqlTypes);
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The SQL as JDBC receives it. */
  public String sql() {
    return sql;
  }

  /**
   * Runs an insert, update or delete; returns the rows it changed.
   *
   * @param values each placeholder's name followed by its value (null is a value)
   */
  public int execute(DSLContext db, Object... values) {
    return db.connectionResult(connection -> {
      try (PreparedStatement statement = prepare(connection, values)) {
        return statement.executeUpdate();
      }
    });
  }

  /** The first row of the result, if any; {@code values} as for {@link #execute}. */
  public <T> Optional<T> fetchOptional(DSLContext db, Row<T> row, Object... values) {
    return db.connectionResult(connection -> {
      try (PreparedStatement statement = prepare(connection, values);
          ResultSet result = statement.executeQuery()) {
        return result.next() ? Optional.of(row.map(result)) : Optional.empty();
      }
    });
  }

  /** Every row of the result; {@code values} as for {@link #execute}. */
  public <T> List<T> fetch(DSLContext db, Row<T> row, Object... values) {
    return db.connectionResult(connection -> {
      try (PreparedStatement statement = prepare(connection, values);
          ResultSet result = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (result.next()) {
          rows.add(row.map(result));
        }
        return rows;
      }
    });
  }

  private PreparedStatement prepare(Connection connection, Object[] values) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, values);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private void bind(PreparedStatement statement, Object[] values) throws SQLException {
    Map<String, Object> byName = byName(values);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Object value = byName.get(name);
      if (value == null) {
        statement.setNull(i + 1, sqlTypes.getOrDefault(name, Types.OTHER));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  private Map<String, Object> byName(Object[] values) {
    if (values.length % 2 != 0) {
      throw new IllegalArgumentException("Names and values come in pairs: " + values.length);
    }
    Map<String, Object> byName = new HashMap<>();
    for (int i = 0; i < values.length; i += 2) {
      byName.put((String) values[i], values[i + 1]);
    }
    if (!byName.keySet().equals(required)) {
      throw new IllegalArgumentException(
          "Values for " + byName.keySet() + " given, " + names + " needed, for " + sql);
    }
    return byName;
  }

  @Override
  public String toString() {
    return sql;
  }
}
