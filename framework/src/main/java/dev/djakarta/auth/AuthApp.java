package dev.djakarta.auth;

import dev.djakarta.App;
import dev.djakarta.management.Command;
import java.util.List;

/**
 * Django's {@code django.contrib.auth}: users, groups and permissions (tables auth_user, auth_group, auth_permission
 * and their links), and the createsuperuser and changepassword commands. Install it in {@code Site.apps()}.
 */
public final class AuthApp implements App {
    @Override
    public String label() {
        return "auth";
    }

    @Override
    public List<Class<?>> models() {
        return List.of(Permission.class, Group.class, User.class);
    }

    /** Creates the add/change/delete/view permissions of every model. */
    @Override
    public void migrated(dev.djakarta.server.Engine engine) {
        Permissions.sync(engine.database());
        engine.database().endUnitOfWork();
    }

    @Override
    public List<Command> commands() {
        return List.of(new CreateSuperuser(), new ChangePassword());
    }
}
