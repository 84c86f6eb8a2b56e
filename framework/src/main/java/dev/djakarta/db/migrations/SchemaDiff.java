package dev.djakarta.db.migrations;

import dev.djakarta.db.Database;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's schema update, as SQL text: the statements that would bring one live database to the models' mapping
 * (create table, add column, alter column type, create index and sequence, add foreign key), in Hibernate's order.
 * Nothing is executed. Hibernate never drops anything here; {@link Removals} adds that.
 *
 * <p>The statements are computed with a short-lived Hibernate service registry around {@code target}, with JDBC
 * metadata access on, so Hibernate reads the tables of the connection's own schema (PostgreSQL) or database
 * (MariaDB) and nothing else, and picks the dialect for the server's actual version. The project's Database keeps
 * metadata access off so that start-up never needs the server.
 */
final class SchemaDiff {
    private SchemaDiff() {
    }

    /** The update statements for {@code target}, each without a trailing semicolon. */
    static List<String> statements(Database db, DataSource target) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", target)
                // add a missing unique constraint; never drop and re-add one that exists (Hibernate's default)
                .applySetting("hibernate.schema_update.unique_constraint_strategy", "RECREATE_QUIETLY")
                .build();
        try {
            Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
            List<String> out = new ArrayList<>();
            registry.requireService(SchemaManagementTool.class).getSchemaMigrator(settings).doMigration(db.metadata(),
                    new Options(settings), ContributableMatcher.ALL, new ScriptTarget(out));
            return List.copyOf(out);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private record Options(Map<String, Object> settings) implements ExecutionOptions {
        @Override
        public Map<String, Object> getConfigurationValues() {
            return settings;
        }

        @Override
        public boolean shouldManageNamespaces() {
            return false;
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return ExceptionHandlerHaltImpl.INSTANCE;
        }
    }

    private record ScriptTarget(List<String> out) implements TargetDescriptor, ScriptTargetOutput {
        @Override
        public EnumSet<TargetType> getTargetTypes() {
            return EnumSet.of(TargetType.SCRIPT);
        }

        @Override
        public ScriptTargetOutput getScriptTargetOutput() {
            return this;
        }

        @Override
        public void prepare() {
        }

        @Override
        public void accept(String statement) {
            String s = statement.strip();
            while (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1).strip();
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }

        @Override
        public void release() {
        }
    }
}
