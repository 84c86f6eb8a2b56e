package dev.djakarta.blog;

import dev.djakarta.db.Manager;
import dev.djakarta.db.Ordering;
import jakarta.persistence.Entity;

/** A post's section ("Releases", "Tutorials"); each post has at most one. Listed at {@code /category/<slug>/}. */
@Entity
@Ordering("name")
public class Category extends Taxonomy {
    public static Manager<Category> objects() {
        return Manager.of(Category.class);
    }

    protected Category() {
    }

    public Category(String name, String slug) {
        super(name, slug);
    }
}
