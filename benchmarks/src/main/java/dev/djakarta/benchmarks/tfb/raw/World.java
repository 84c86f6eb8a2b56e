package dev.djakarta.benchmarks.tfb.raw;

/** A {@code world} row of the raw baseline: a plain bean, serialised by Jackson as {"id":..,"randomNumber":..}. */
public final class World {
    private final int id;
    private int randomNumber;

    World(int id, int randomNumber) {
        this.id = id;
        this.randomNumber = randomNumber;
    }

    public int getId() {
        return id;
    }

    public int getRandomNumber() {
        return randomNumber;
    }

    void setRandomNumber(int randomNumber) {
        this.randomNumber = randomNumber;
    }
}
