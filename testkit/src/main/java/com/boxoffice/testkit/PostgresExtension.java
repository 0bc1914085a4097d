package com.boxoffice.postgres;

import com.boxoffice.schema.Public;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for tests: one embedded server for the whole test run, migrated once by the
 * schema module's Flyway migrations, reached through a pool of 40 connections, and emptied before
 * each test so tests cannot see each other.
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
 * ... new JooqInventoryActivities(postgres.dsl(), clock) ...
 * }</pre>
 */
public final class PostgresExtension implements BeforeAllCallback, BeforeEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  private Server server;

  @Override
  public void beforeAll(ExtensionContext context) {
    // Stored in the root context so every test class shares the server and JUnit stops it last.
    server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Server.class, type -> Server.start(), Server.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    DSLContext dsl = dsl();
    for (Table<?> table : Public.PUBLIC.getTables()) {
      dsl.truncate(table).cascade().execute();
    }
  }

  public DataSource dataSource() {
    return server().dataSource();
  }

  private Server server() {
    if (server == null) {
      throw new IllegalStateException("Register the extension on a static field");
    }
    return server;
  }

  /**
   * A pool of its own over the test database, as another worker process would open; the caller
   * closes it.
   */
  public HikariDataSource newPool(String name, int size) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(server().postgres().getPostgresDatabase());
    pool.setPoolName(name);
    pool.setMaximumPoolSize(size);
    return new HikariDataSource(pool);
  }

  /** A jOOQ context over the test database; each transaction takes its own connection. */
  public DSLContext dsl() {
    return DSL.using(dataSource(), SQLDialect.POSTGRES);
  }

  /** The server and a pool over it: opening a PostgreSQL connection costs more than most tests. */
  private record Server(EmbeddedPostgres postgres, HikariDataSource dataSource)
      implements ExtensionContext.Store.CloseableResource {
    private static final int POOL_SIZE = 40;

    static Server start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
            .dataSource(postgres.getPostgresDatabase())
            .locations("classpath:db/migration")
            .load()
            .migrate();
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(postgres.getPostgresDatabase());
        pool.setMaximumPoolSize(POOL_SIZE);
        return new Server(postgres, new HikariDataSource(pool));
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }

    @Override
    public void close() throws IOException {
      dataSource.close();
      postgres.close();
    }
  }
}
