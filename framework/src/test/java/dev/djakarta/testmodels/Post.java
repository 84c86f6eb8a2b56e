package dev.djakarta.testmodels;

import dev.djakarta.db.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Post {
    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 200)
    private String slug;
    @Column(length = 4000)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Status status = Status.DRAFT;
    private LocalDateTime published;
    private int views;
    private Double rating;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Author author;
    @ManyToOne(fetch = FetchType.LAZY)
    private Category category;
    @ManyToMany
    private Set<Tag> tags = new HashSet<>();
    @OneToMany(mappedBy = "post")
    private List<Comment> comments = new ArrayList<>();

    public static Manager<Post> objects() {
        return Manager.of(Post.class);
    }

    protected Post() {
    }

    public Post(String title, Author author) {
        this.title = title;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public Status getStatus() {
        return status;
    }

    public int getViews() {
        return views;
    }

    public Author getAuthor() {
        return author;
    }

    public Category getCategory() {
        return category;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public LocalDateTime getPublished() {
        return published;
    }

    @Override
    public String toString() {
        return title;
    }
}
