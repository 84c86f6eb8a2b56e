package dev.djakarta.auth;

import dev.djakarta.db.Manager;
import dev.djakarta.http.Principal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A user account, Django's {@code auth.User}: username, email, hashed password, names, active/staff/superuser flags,
 * last login, date joined, groups and direct permissions. {@link #hasPerm} follows Django: inactive users have no
 * permissions, active superusers have all, others have their own plus their groups'.
 */
@Entity
public class User implements Principal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 128)
    private String password;
    private Instant lastLogin;
    private boolean isSuperuser;
    @Column(nullable = false, unique = true, length = 150)
    private String username;
    @Column(nullable = false, length = 150)
    private String firstName = "";
    @Column(nullable = false, length = 150)
    private String lastName = "";
    @Column(nullable = false, length = 254)
    private String email = "";
    private boolean isStaff;
    private boolean isActive = true;
    @Column(nullable = false)
    private Instant dateJoined = Instant.now();
    @ManyToMany
    private Set<Group> groups = new HashSet<>();
    @ManyToMany
    private Set<Permission> userPermissions = new HashSet<>();
    @Transient
    private Set<String> permissionCache;

    public static Manager<User> objects() {
        return Manager.of(User.class);
    }

    protected User() {
    }

    /** A user with an unusable password until {@link Auth#setPassword} gives one. */
    public User(String username, String email) {
        this.username = username;
        this.email = email == null ? "" : email;
        this.password = Passwords.unusable();
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** The encoded password hash. */
    public String getPassword() {
        return password;
    }

    /** Sets the encoded hash (use {@link Auth#setPassword} to hash a raw password). */
    public void setPasswordHash(String encoded) {
        this.password = encoded;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    void setLastLogin(Instant lastLogin) {
        this.lastLogin = lastLogin;
    }

    public Instant getDateJoined() {
        return dateJoined;
    }

    @Override
    public boolean isActive() {
        return isActive;
    }

    public void setActive(boolean active) {
        this.isActive = active;
    }

    @Override
    public boolean isStaff() {
        return isStaff;
    }

    public void setStaff(boolean staff) {
        this.isStaff = staff;
    }

    @Override
    public boolean isSuperuser() {
        return isSuperuser;
    }

    public void setSuperuser(boolean superuser) {
        this.isSuperuser = superuser;
    }

    public Set<Group> getGroups() {
        return groups;
    }

    public Set<Permission> getUserPermissions() {
        return userPermissions;
    }

    /** Full name, or the username when there is none. */
    public String getFullName() {
        String full = (firstName + " " + lastName).strip();
        return full.isEmpty() ? username : full;
    }

    @Override
    public boolean isAuthenticated() {
        return true;
    }

    @Override
    public boolean hasPerm(String permission) {
        if (!isActive) {
            return false;
        }
        if (isSuperuser) {
            return true;
        }
        return allPermissions().contains(permission);
    }

    /** True when the user has any permission in the app (Django's has_module_perms). */
    public boolean hasModulePerms(String appLabel) {
        if (!isActive) {
            return false;
        }
        return isSuperuser || allPermissions().stream().anyMatch(p -> p.startsWith(appLabel + "."));
    }

    /** Own and group permissions as {@code app_label.codename}, read once per instance. */
    public Set<String> allPermissions() {
        if (permissionCache == null) {
            Set<String> all = new HashSet<>();
            for (Permission p : userPermissions) {
                all.add(p.key());
            }
            for (Group g : groups) {
                for (Permission p : g.getPermissions()) {
                    all.add(p.key());
                }
            }
            permissionCache = all;
        }
        return permissionCache;
    }

    /** Forgets cached permissions (after changing groups or permissions). */
    public void clearPermissionCache() {
        permissionCache = null;
    }

    @Override
    public String toString() {
        return username;
    }
}
