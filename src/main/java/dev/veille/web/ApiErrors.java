package dev.veille.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import dev.veille.curate.StaleVersionException;
import dev.veille.model.ConflictException;
import dev.veille.model.InvalidInputException;
import dev.veille.model.NotFoundException;

/** The one place where failures become HTTP answers: always JSON {"error": "..."}, never a stack trace. */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        routes.exception(ConflictException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        routes.exception(StaleVersionException.class, ApiErrors::staleVersion);
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error: " + e.getClass().getSimpleName() + " (details in the server log)");
        });
    }

    // The stored link goes back with the refusal, so the editor can show both texts and let the curator merge.
    private static void staleVersion(StaleVersionException e, Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", e.getMessage());
        answer.put("current", LinkJson.of(e.current()));
        ctx.status(409).json(answer);
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }
}
