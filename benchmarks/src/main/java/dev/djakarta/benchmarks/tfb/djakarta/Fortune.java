package dev.djakarta.benchmarks.tfb.djakarta;

import dev.djakarta.db.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The TechEmpower {@code fortune} row, as a Djakarta model on the standard table. */
@Entity
@Table(name = "fortune")
public class Fortune {
    @Id
    private Integer id;
    @Column(nullable = false, length = 2048)
    private String message;

    public static Manager<Fortune> objects() {
        return Manager.of(Fortune.class);
    }

    protected Fortune() {
    }

    /** A fortune that is not saved: the one each request adds. */
    public Fortune(int id, String message) {
        this.id = id;
        this.message = message;
    }

    public Integer getId() {
        return id;
    }

    public String getMessage() {
        return message;
    }
}
