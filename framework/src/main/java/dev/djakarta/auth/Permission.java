package dev.djakarta.auth;

import dev.djakarta.db.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A permission, Django's {@code auth.Permission}: {@code app_label.codename}, e.g. {@code blog.change_post}. Every
 * model gets add, change, delete and view permissions (see {@link Permissions#sync}).
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "auth_permission_app_codename", columnNames = {"app_label", "codename"}))
public class Permission {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 255)
    private String name;
    @Column(nullable = false, length = 100)
    private String appLabel;
    @Column(nullable = false, length = 100)
    private String model;
    @Column(nullable = false, length = 100)
    private String codename;

    public static Manager<Permission> objects() {
        return Manager.of(Permission.class);
    }

    protected Permission() {
    }

    public Permission(String appLabel, String model, String codename, String name) {
        this.appLabel = appLabel;
        this.model = model;
        this.codename = codename;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAppLabel() {
        return appLabel;
    }

    public String getModel() {
        return model;
    }

    public String getCodename() {
        return codename;
    }

    /** {@code app_label.codename}. */
    public String key() {
        return appLabel + "." + codename;
    }

    @Override
    public String toString() {
        return appLabel + " | " + model + " | " + name;
    }
}
