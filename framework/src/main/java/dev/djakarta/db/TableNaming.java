package dev.djakarta.db;

import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitEntityNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Django's table names: {@code <app_label>_<model>} ({@code blog_post}), join tables
 * {@code <owning table>_<attribute>} ({@code blog_post_tags}). Columns become snake_case through Hibernate's
 * CamelCaseToUnderscoresNamingStrategy. An explicit {@code @Table(name=...)} always wins.
 */
final class TableNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> labels;

    /** @param labels entity class name to app label */
    TableNaming(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    @Override
    public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
        String className = source.getEntityNaming().getClassName();
        String label = labels.get(className);
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String table = (label == null ? "" : label + "_") + snake(simple);
        return toIdentifier(table, source.getBuildingContext());
    }

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String attribute = source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(source.getOwningPhysicalTableName() + "_" + snake(attribute), source.getBuildingContext());
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
