package dev.veille.model;

/** A part of the monthly post ("Cloud", "Time Series"...), in the order the post shows them. */
public record Section(long id, String name, int position) {
}
