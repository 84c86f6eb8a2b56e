package dev.djakarta.auth;

import dev.djakarta.db.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** A group of users sharing permissions, Django's {@code auth.Group} (entity name AuthGroup: "group" is an HQL word). */
@Entity(name = "AuthGroup")
public class Group {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 150)
    private String name;
    @ManyToMany
    private Set<Permission> permissions = new HashSet<>();

    public static Manager<Group> objects() {
        return Manager.of(Group.class);
    }

    protected Group() {
    }

    public Group(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }

    @Override
    public String toString() {
        return name;
    }
}
