package dev.djakarta.admin.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** A model exercising the admin's richer options: slug, autocomplete author, date hierarchy, inlines, list editable. */
@Entity
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, unique = true, length = 200)
    private String slug;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Author author;
    private LocalDateTime released;
    private boolean inPrint = true;
    @Column(length = 2000)
    private String blurb;

    protected Book() {
    }

    public Book(String title, String slug, Author author, LocalDateTime released) {
        this.title = title;
        this.slug = slug;
        this.author = author;
        this.released = released;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isInPrint() {
        return inPrint;
    }

    public Author getAuthor() {
        return author;
    }

    /** Django's get_absolute_url: the admin links "View on site" here. */
    public String getAbsoluteUrl() {
        return "/books/" + slug + "/";
    }

    @Override
    public String toString() {
        return title;
    }
}
