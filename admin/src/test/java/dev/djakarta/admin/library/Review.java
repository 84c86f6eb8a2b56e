package dev.djakarta.admin.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A review of a book, edited inline on the book's change form. */
@Entity
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Book book;
    @Column(nullable = false, length = 100)
    private String reviewer;
    @Column(nullable = false, length = 1000)
    private String body;
    private int stars = 3;
    private boolean approved;

    protected Review() {
    }

    public Review(Book book, String reviewer, String body) {
        this.book = book;
        this.reviewer = reviewer;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public int getStars() {
        return stars;
    }

    @Override
    public String toString() {
        return reviewer + ": " + body;
    }
}
