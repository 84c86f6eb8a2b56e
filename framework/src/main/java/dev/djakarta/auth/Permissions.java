package dev.djakarta.auth;

import dev.djakarta.db.Database;
import dev.djakarta.db.ModelMeta;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Creates the default permissions of every model (Django's post-migrate create_permissions). */
public final class Permissions {
    private static final List<String> ACTIONS = List.of("add", "change", "delete", "view");

    private Permissions() {
    }

    /**
     * Makes sure each model has {@code add_<model>}, {@code change_<model>}, {@code delete_<model>} and
     * {@code view_<model>}; returns how many were created.
     */
    public static int sync(Database db) {
        return db.atomic(() -> {
            Set<String> existing = new HashSet<>();
            for (Object[] row : db.session().createSelectionQuery("select p.appLabel, p.codename from Permission p", Object[].class)
                    .getResultList()) {
                existing.add(row[0] + "." + row[1]);
            }
            int created = 0;
            for (ModelMeta<?> meta : db.models().values()) {
                String model = meta.modelName();
                String verbose = verboseName(meta.type().getSimpleName());
                for (String action : ACTIONS) {
                    String codename = action + "_" + model;
                    if (existing.add(meta.label() + "." + codename)) {
                        db.session().persist(new Permission(meta.label(), model, codename, "Can " + action + " " + verbose));
                        created++;
                    }
                }
            }
            return created;
        });
    }

    /** "BlogPost" becomes "blog post". */
    static String verboseName(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
