package dev.djakarta.testmodels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Comment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Post post;
    @Column(length = 100)
    private String name;
    @Column(length = 2000)
    private String body;
    private boolean approved;
    private int score;

    protected Comment() {
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

    public boolean isApproved() {
        return approved;
    }
}
