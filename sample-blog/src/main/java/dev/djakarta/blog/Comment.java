package dev.djakarta.blog;

import dev.djakarta.db.Manager;
import dev.djakarta.db.Ordering;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reader's comment on a post. New comments wait for moderation ({@code approved} false) and only approved ones are
 * shown. The body is plain text: templates print it escaped, whatever it contains.
 */
@Entity
@Ordering("created")
@Table(indexes = @Index(name = "blog_comment_post_approved_created", columnList = "post_id, approved, created"))
public class Comment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    private Post post;
    @Column(nullable = false, length = 80)
    private String name;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(nullable = false, length = 3000)
    private String body;
    @Column(nullable = false)
    private Instant created = Instant.now();
    private boolean approved;

    public static Manager<Comment> objects() {
        return Manager.of(Comment.class);
    }

    protected Comment() {
    }

    /** A new comment, held for moderation. */
    public Comment(Post post, String name, String email, String body) {
        this.post = post;
        this.name = name;
        this.email = email;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreated() {
        return created;
    }

    public boolean isApproved() {
        return approved;
    }

    public void setApproved(boolean approved) {
        this.approved = approved;
    }

    @Override
    public String toString() {
        return "Comment by " + name + " on " + post;
    }
}
