package dev.veille.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import dev.veille.model.Source;
import dev.veille.poll.PollOutcome;
import dev.veille.poll.SourcePoller;
import dev.veille.sources.SourcePatch;
import dev.veille.sources.SourceRequest;
import dev.veille.sources.SourceService;

/** {@code /api/sources}: list, add, read, edit, remove sources, and poll one now. */
final class SourceApi {

    private final SourceService sources;
    private final SourcePoller poller;
    private final Json json;

    SourceApi(SourceService sources, SourcePoller poller, Json json) {
        this.sources = sources;
        this.poller = poller;
        this.json = json;
    }

    void list(Context ctx) {
        ctx.json(sources.list().stream().map(SourceJson::of).toList());
    }

    void create(Context ctx) {
        Source source = sources.add(json.read(ctx.bodyAsBytes(), SourceRequest.class));
        ctx.status(201).header("Location", "/api/sources/" + source.id()).json(SourceJson.of(source));
    }

    void get(Context ctx) {
        ctx.json(SourceJson.of(sources.get(PathIds.id(ctx, "source"))));
    }

    void update(Context ctx) {
        long id = PathIds.id(ctx, "source");
        ctx.json(SourceJson.of(sources.update(id, json.read(ctx.bodyAsBytes(), SourcePatch.class))));
    }

    void delete(Context ctx) {
        sources.delete(PathIds.id(ctx, "source"));
        ctx.status(204);
    }

    /** Polls the source now, whatever its schedule (even a gone one), and answers when the poll is done. */
    void poll(Context ctx) {
        PollOutcome outcome = poller.pollNow(sources.get(PathIds.id(ctx, "source")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", outcome.result().wireName());
        body.put("newItems", outcome.newItems());
        body.put("status", outcome.status());
        body.put("error", outcome.error());
        body.put("durationMs", outcome.millis());
        body.put("source", SourceJson.of(sources.get(outcome.sourceId())));
        ctx.json(body);
    }
}
