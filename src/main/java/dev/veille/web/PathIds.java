package dev.veille.web;

import io.javalin.http.Context;

import dev.veille.model.InvalidInputException;
import dev.veille.model.NotFoundException;

/** Reads numeric ids from paths and query strings, with errors naming the parameter. */
final class PathIds {

    private PathIds() {
    }

    static long id(Context ctx, String what) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no " + what + " with id " + raw);
        }
    }

    static Long optionalLong(Context ctx, String parameter) {
        String raw = ctx.queryParam(parameter);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(parameter + " must be a number (got '" + raw + "')");
        }
    }
}
