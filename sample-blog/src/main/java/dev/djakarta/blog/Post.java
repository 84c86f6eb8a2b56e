package dev.djakarta.blog;

import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.db.Ordering;
import dev.djakarta.db.QuerySet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A blog post. The body is Markdown, shown as sanitized HTML ({@link #getBodyHtml()}). Readers see a post only when
 * it is {@link Status#PUBLISHED} and its {@code publishedAt} has come ({@link #published()}): drafts and posts
 * scheduled for later are 404 for them.
 */
@Entity
@Ordering({"-publishedAt", "-id"})
@Table(indexes = @Index(name = "blog_post_status_published_at", columnList = "status, published_at"))
public class Post {
    /** Where a post is in its life. */
    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, unique = true, length = 200)
    private String slug;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    private User author;
    /** Markdown. */
    @Column(nullable = false, length = 100_000)
    private String body = "";
    /** A sentence or two of plain text for lists, feeds and the meta description; empty means "from the body". */
    @dev.djakarta.db.Blank
    @Column(nullable = false, length = 300)
    private String excerpt = "";
    /** A plain varchar on every database (Hibernate's MariaDB/H2 enum columns come back as changes on every makemigrations). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;
    private Instant publishedAt;
    @Column(nullable = false)
    private Instant updatedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    private Category category;
    @ManyToMany
    private Set<Tag> tags = new HashSet<>();
    @Transient
    private String bodyHtml;

    public static Manager<Post> objects() {
        return Manager.of(Post.class);
    }

    /** What readers may see: published posts whose time has come, newest first. */
    public static QuerySet<Post> published() {
        return objects().filter("status", Status.PUBLISHED, "publishedAt__lte", Instant.now()).orderBy("-publishedAt", "-id");
    }

    protected Post() {
    }

    /** A draft; {@link #publish} makes it public. */
    public Post(String title, String slug, User author, String body) {
        this.title = title;
        this.slug = slug;
        this.author = author;
        this.body = body;
    }

    /** Publishes the post at {@code when} (a future instant schedules it). */
    public Post publish(Instant when) {
        this.status = Status.PUBLISHED;
        this.publishedAt = when;
        return this;
    }

    @PrePersist
    void beforeInsert() {
        if (updatedAt == null) {
            updatedAt = Instant.now();
        }
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    /** The body as HTML: Markdown rendered, then sanitized (no scripts, event handlers or javascript: links). */
    public String getBodyHtml() {
        if (bodyHtml == null) {
            bodyHtml = Markdown.toSafeHtml(body);
        }
        return bodyHtml;
    }

    /** The excerpt, or the start of the body's text when there is none: for lists, feeds and meta descriptions. */
    public String getSummary() {
        if (!excerpt.isBlank()) {
            return excerpt.strip();
        }
        return Markdown.summary(getBodyHtml(), 200);
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

    public User getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
        this.bodyHtml = null;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt == null ? "" : excerpt;
    }

    /** Whether readers can see it: published, and its publication time has come. */
    public boolean isLive() {
        return status == Status.PUBLISHED && publishedAt != null && !publishedAt.isAfter(Instant.now());
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When readers last saw it change: its last edit, or its publication when it was edited before that. */
    public Instant getLastModified() {
        return publishedAt != null && publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    /** The tags by name, for display. */
    public List<Tag> getSortedTags() {
        return tags.stream().sorted(Comparator.comparing(Tag::getName)).toList();
    }

    @Override
    public String toString() {
        return title;
    }
}
