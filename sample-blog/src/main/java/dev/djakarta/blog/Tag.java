package dev.djakarta.blog;

import dev.djakarta.db.Manager;
import dev.djakarta.db.Ordering;
import jakarta.persistence.Entity;

/** A label on posts ("java", "security"); a post has any number. Listed at {@code /tag/<slug>/}. */
@Entity
@Ordering("name")
public class Tag extends Taxonomy {
    public static Manager<Tag> objects() {
        return Manager.of(Tag.class);
    }

    protected Tag() {
    }

    public Tag(String name, String slug) {
        super(name, slug);
    }
}
