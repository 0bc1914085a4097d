package com.boxoffice.testkit;

import com.boxoffice.schema.Public;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for tests, as a JUnit extension: the JVM's {@link TestDatabase}, migrated once,
 * reached through a pool of 40 connections, and emptied before each test so tests cannot see each
 * other.
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
 * ... new JooqInventoryActivities(postgres.dsl(), clock) ...
 * }</pre>
 */
public final class PostgresExtension implements BeforeAllCallback, BeforeEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);
  private static final int POOL_SIZE = 40;

  private Pool pool;

  @Override
  public void beforeAll(ExtensionContext context) {
    // Stored in the root context so every test class shares the pool and JUnit closes it last.
    pool =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                Pool.class,
                type -> new Pool(newPool(TestDatabase.migrated(), "tests", POOL_SIZE)),
                Pool.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    DSLContext dsl = dsl();
    for (Table<?> table : Public.PUBLIC.getTables()) {
      dsl.truncate(table).cascade().execute();
    }
  }

  public DataSource dataSource() {
    if (pool == null) {
      throw new IllegalStateException("Register the extension on a static field");
    }
    return pool.dataSource();
  }

  /**
   * A pool of its own over the test database, as another worker process would open; the caller
   * closes it.
   */
  public HikariDataSource newPool(String name, int size) {
    return newPool(TestDatabase.migrated(), name, size);
  }

  /** A jOOQ context over the test database; each transaction takes its own connection. */
  public DSLContext dsl() {
    return DSL.using(dataSource(), SQLDialect.POSTGRES);
  }

  private static HikariDataSource newPool(TestDatabase database, String name, int size) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(database.dataSource());
    pool.setPoolName(name);
    pool.setMaximumPoolSize(size);
    return new HikariDataSource(pool);
  }

  /** Opening a PostgreSQL connection costs more than most tests: one pool for the run. */
  private record Pool(HikariDataSource dataSource)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      dataSource.close();
    }
  }
}
