package dev.veille.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.javalin.http.Context;

import dev.veille.store.SourceStore;

/** {@code GET /api/health}: open to probes; says whether the database answers and the scheduler runs. */
final class HealthApi {

    private final SourceStore sources;
    private final BooleanSupplier schedulerAlive;

    HealthApi(SourceStore sources, BooleanSupplier schedulerAlive) {
        this.sources = sources;
        this.schedulerAlive = schedulerAlive;
    }

    void get(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean healthy;
        try {
            body.put("sources", sources.count());
            body.put("sourcesInError", sources.countInError());
            body.put("db", "ok");
            healthy = true;
        } catch (RuntimeException e) {
            body.put("db", "unreachable: " + e.getMessage());
            healthy = false;
        }
        body.put("scheduler", schedulerAlive.getAsBoolean() ? "running" : "stopped");
        body.put("status", healthy ? "ok" : "failing");
        ctx.status(healthy ? 200 : 503).json(body);
    }
}
