package dev.veille.curate;

import dev.veille.model.ConflictException;
import dev.veille.model.Link;

/** An edit was made on an older version of the link: {@code current} is what is stored now. */
public class StaleVersionException extends ConflictException {

    private final transient Link current;

    public StaleVersionException(Link current, int given) {
        super("link " + current.id() + " was changed elsewhere: you edited version " + given + ", the stored one is "
                + "version " + current.version());
        this.current = current;
    }

    public Link current() {
        return current;
    }
}
