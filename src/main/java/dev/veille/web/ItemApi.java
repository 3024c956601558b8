package dev.veille.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import dev.veille.curate.LinkRequest;
import dev.veille.curate.LinkService;
import dev.veille.model.InvalidInputException;
import dev.veille.model.Item;
import dev.veille.model.Link;
import dev.veille.model.ItemPage;
import dev.veille.model.ItemQuery;
import dev.veille.model.ItemStatus;
import dev.veille.model.NotFoundException;
import dev.veille.store.ItemStore;

/**
 * {@code /api/items}: newest-first pages with filters and full-text search, each item with its guessed section
 * and its link's id; the triage status; keeping an item as a link.
 */
final class ItemApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** The body of {@code PATCH /api/items/{id}}. */
    record StatusChange(String status) {
    }

    /** The body of {@code POST /api/items/{id}/keep}: where the link goes (both optional). */
    record KeepBody(String month, String section) {
    }

    private final ItemStore items;
    private final LinkService links;
    private final ItemViews views;
    private final Json json;
    private final ResponseCache cache;

    ItemApi(ItemStore items, LinkService links, ItemViews views, Json json, ResponseCache cache) {
        this.items = items;
        this.links = links;
        this.views = views;
        this.json = json;
        this.cache = cache;
    }

    /** Keeps the item as a link of the month (current by default) in its suggested section. */
    void keep(Context ctx) {
        long id = PathIds.id(ctx, "item");
        byte[] raw = ctx.bodyAsBytes();
        KeepBody body = raw.length == 0 ? new KeepBody(null, null) : json.read(raw, KeepBody.class);
        Link link = links.keep(id, new LinkRequest(id, null, null, null, body.section(), null, body.month(), null,
                null));
        ctx.status(201).header("Location", "/api/links/" + link.id()).json(LinkJson.of(link));
    }

    void list(Context ctx) {
        ItemQuery query = new ItemQuery(status(ctx.queryParam("status")), PathIds.optionalLong(ctx, "source"),
                blankToNull(ctx.queryParam("section")), ctx.queryParam("q"), limit(ctx),
                blankToNull(ctx.queryParam("before")));
        cache.json(ctx, () -> {
            ItemPage page;
            try {
                page = items.list(query);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", views.of(page.items()));
            body.put("next", page.next());
            return body;
        });
    }

    void get(Context ctx) {
        long id = PathIds.id(ctx, "item");
        Item item = items.findById(id).orElseThrow(() -> new NotFoundException("no item with id " + id));
        ctx.json(views.of(item));
    }

    void update(Context ctx) {
        long id = PathIds.id(ctx, "item");
        StatusChange change = json.read(ctx.bodyAsBytes(), StatusChange.class);
        if (change.status() == null) {
            throw new InvalidInputException("status is required: new, kept or dismissed");
        }
        if (items.updateStatus(id, status(change.status())) == 0) {
            throw new NotFoundException("no item with id " + id);
        }
        get(ctx);
    }

    private static ItemStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.fromWire(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("limit must be a whole number from 1 to " + MAX_LIMIT + " (got '" + raw + "')");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
