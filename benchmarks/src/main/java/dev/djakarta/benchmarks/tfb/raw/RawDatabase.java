package dev.djakarta.benchmarks.tfb.raw;

import dev.djakarta.benchmarks.tfb.Tfb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The raw baseline's queries: plain JDBC with prepared statements on a HikariCP pool, one query per row. */
final class RawDatabase {
    private static final String SELECT_WORLD = "SELECT id, randomnumber FROM world WHERE id = ?";
    private static final String UPDATE_WORLD = "UPDATE world SET randomnumber = ? WHERE id = ?";
    private static final String SELECT_FORTUNES = "SELECT id, message FROM fortune";

    private final DataSource dataSource;

    RawDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    World world(int id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_WORLD)) {
            return read(select, id);
        }
    }

    List<World> worlds(int[] ids) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_WORLD)) {
            List<World> rows = new ArrayList<>(ids.length);
            for (int id : ids) {
                rows.add(read(select, id));
            }
            return rows;
        }
    }

    /** Reads each row, gives it a new number, and writes all of them as one JDBC batch, in one transaction. */
    List<World> update(int[] sortedIds) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(SELECT_WORLD);
             PreparedStatement update = c.prepareStatement(UPDATE_WORLD)) {
            c.setAutoCommit(false);
            try {
                List<World> rows = new ArrayList<>(sortedIds.length);
                for (int id : sortedIds) {
                    World world = read(select, id);
                    world.setRandomNumber(Tfb.newRandomNumber(world.getRandomNumber()));
                    update.setInt(1, world.getRandomNumber());
                    update.setInt(2, id);
                    update.addBatch();
                    rows.add(world);
                }
                update.executeBatch();
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    List<Fortune> fortunes() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(SELECT_FORTUNES);
             ResultSet rs = select.executeQuery()) {
            List<Fortune> fortunes = new ArrayList<>(16);
            while (rs.next()) {
                fortunes.add(new Fortune(rs.getInt(1), rs.getString(2)));
            }
            return fortunes;
        }
    }

    private static World read(PreparedStatement select, int id) throws SQLException {
        select.setInt(1, id);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("No world row with id " + id);
            }
            return new World(rs.getInt(1), rs.getInt(2));
        }
    }
}
