package dev.djakarta.db.migrations.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

@Entity
public class Product {
    public enum Status { DRAFT, LIVE, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 40)
    private String sku;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Status status = Status.DRAFT;
    @Column(precision = 10, scale = 2)
    private BigDecimal price;
    private LocalDateTime listed;
    @ManyToMany
    private Set<Label> labels = new HashSet<>();

    protected Product() {
    }

    public Product(String sku) {
        this.sku = sku;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public Set<Label> getLabels() {
        return labels;
    }
}
