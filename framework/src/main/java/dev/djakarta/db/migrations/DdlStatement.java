package dev.djakarta.db.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DDL statement as text, with what it acts on: the table (create/alter/drop table, create index, comment) or
 * the sequence. Parsing is by pattern over the forms Hibernate's dialects for H2, PostgreSQL and MariaDB emit;
 * a statement of any other form is {@link Kind#OTHER} and belongs to no app.
 */
record DdlStatement(String sql, Kind kind, String object) {

    /** What the statement does. */
    enum Kind { CREATE_TABLE, ALTER_TABLE, DROP_TABLE, CREATE_INDEX, SEQUENCE, COMMENT, OTHER }

    private static final String NAME = "((?:\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[\\w$]+)(?:\\.(?:\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[\\w$]+))*)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^create\\s+(?:(?:global|local|temporary|cached|memory|unlogged)\\s+)*table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME, FLAGS);
    private static final Pattern ALTER_TABLE = Pattern.compile("^alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?" + NAME, FLAGS);
    private static final Pattern DROP_TABLE = Pattern.compile("^drop\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME, FLAGS);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "^create\\s+(unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + "\\s+on\\s+" + NAME + "\\s*\\(([^)]*)\\)", FLAGS);
    private static final Pattern SEQUENCE = Pattern.compile(
            "^(?:create|alter|drop)\\s+sequence\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?" + NAME, FLAGS);
    private static final Pattern COMMENT = Pattern.compile("^comment\\s+on\\s+(table|column)\\s+" + NAME, FLAGS);
    private static final Pattern ADD_UNIQUE = Pattern.compile("\\sadd\\s+constraint\\s+" + NAME + "\\s+unique\\s*\\(([^)]*)\\)", FLAGS);
    private static final Pattern ADD_COLUMN = Pattern.compile("\\sadd\\s+(?:column\\s+)?(?!constraint\\s)" + NAME + "\\s", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile("\\sdrop\\s+column\\s+(?:if\\s+exists\\s+)?" + NAME, FLAGS);
    private static final Pattern COLUMN_TYPE = Pattern.compile(
            "\\s(?:modify\\s+column|alter\\s+column)\\s+" + NAME + "\\s+(?:set\\s+data\\s+type\\s+|type\\s+)?(.+)$", FLAGS);

    static DdlStatement parse(String sql) {
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).find()) {
            return new DdlStatement(sql, Kind.CREATE_TABLE, last(m.group(1)));
        }
        if ((m = ALTER_TABLE.matcher(sql)).find()) {
            return new DdlStatement(sql, Kind.ALTER_TABLE, last(m.group(1)));
        }
        if ((m = DROP_TABLE.matcher(sql)).find()) {
            return new DdlStatement(sql, Kind.DROP_TABLE, last(m.group(1)));
        }
        if ((m = CREATE_INDEX.matcher(sql)).find()) {
            return new DdlStatement(sql, Kind.CREATE_INDEX, last(m.group(3)));
        }
        if ((m = SEQUENCE.matcher(sql)).find()) {
            return new DdlStatement(sql, Kind.SEQUENCE, last(m.group(1)));
        }
        if ((m = COMMENT.matcher(sql)).find()) {
            List<String> parts = split(m.group(2));
            boolean column = m.group(1).equalsIgnoreCase("column") && parts.size() > 1;
            String table = parts.get(parts.size() - (column ? 2 : 1));
            return new DdlStatement(sql, Kind.COMMENT, table);
        }
        return new DdlStatement(sql, Kind.OTHER, null);
    }

    /** True for statements on a table ({@link #object()} is then the table's name). */
    boolean onTable() {
        return kind != Kind.SEQUENCE && kind != Kind.OTHER;
    }

    /** For {@code create [unique] index}: the index name, whether it is unique and its columns; else null. */
    IndexSpec index() {
        Matcher m = CREATE_INDEX.matcher(sql);
        if (kind == Kind.CREATE_INDEX && m.find()) {
            return new IndexSpec(last(m.group(2)), m.group(1) != null, columns(m.group(4)));
        }
        m = ADD_UNIQUE.matcher(sql);
        if (kind == Kind.ALTER_TABLE && m.find()) {
            return new IndexSpec(last(m.group(1)), true, columns(m.group(2)));
        }
        return null;
    }

    /** For {@code alter table ... add [column] c ...}: the column's name; else null. */
    String addedColumn() {
        Matcher m = ADD_COLUMN.matcher(sql);
        return kind == Kind.ALTER_TABLE && m.find() ? last(m.group(1)) : null;
    }

    /** For {@code alter table ... drop column c}: the column's name; else null. */
    String droppedColumn() {
        Matcher m = DROP_COLUMN.matcher(sql);
        return kind == Kind.ALTER_TABLE && m.find() ? last(m.group(1)) : null;
    }

    /** For a column type change ({@code modify column c t}, {@code alter column c set data type t}): column and type. */
    String[] columnTypeChange() {
        Matcher m = COLUMN_TYPE.matcher(sql);
        return kind == Kind.ALTER_TABLE && m.find() ? new String[] {last(m.group(1)), m.group(2).strip()} : null;
    }

    /** An index or unique constraint a statement asks for. */
    record IndexSpec(String name, boolean unique, List<String> columns) {
    }

    private static List<String> columns(String list) {
        List<String> out = new ArrayList<>();
        for (String c : list.split(",")) {
            String name = c.strip().split("\\s+")[0];
            if (!name.isEmpty()) {
                out.add(unquote(name).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String last(String qualified) {
        List<String> parts = split(qualified);
        return parts.get(parts.size() - 1);
    }

    private static List<String> split(String qualified) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[\\w$]+").matcher(qualified);
        while (m.find()) {
            parts.add(unquote(m.group()));
        }
        return parts;
    }

    static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("`") || name.startsWith("["))) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
