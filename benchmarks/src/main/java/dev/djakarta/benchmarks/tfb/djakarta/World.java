package dev.djakarta.benchmarks.tfb.djakarta;

import dev.djakarta.db.Manager;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The TechEmpower {@code world} row, as a Djakarta model mapped onto the standard table (an explicit {@code @Table}
 * wins over Djakarta's {@code <app>_<model>} naming, as {@code db_table} does in Django). Serialised to JSON by its
 * getters: {@code {"id":..,"randomNumber":..}}.
 */
@Entity
@Table(name = "world")
public class World {
    @Id
    private Integer id;
    @Column(name = "randomnumber", nullable = false)
    private int randomNumber;

    public static Manager<World> objects() {
        return Manager.of(World.class);
    }

    protected World() {
    }

    public World(int id, int randomNumber) {
        this.id = id;
        this.randomNumber = randomNumber;
    }

    public Integer getId() {
        return id;
    }

    public int getRandomNumber() {
        return randomNumber;
    }

    public void setRandomNumber(int randomNumber) {
        this.randomNumber = randomNumber;
    }
}
