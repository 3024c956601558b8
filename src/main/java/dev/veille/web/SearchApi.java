package dev.veille.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import dev.veille.model.InvalidInputException;
import dev.veille.store.ItemStore;
import dev.veille.store.LinkStore;

/** {@code GET /api/search?q=}: full text over items (titles, summaries) and links (titles, commentaries). */
final class SearchApi {

    static final int LIMIT = 50;

    private final ItemStore items;
    private final LinkStore links;
    private final ItemViews views;
    private final ResponseCache cache;

    SearchApi(ItemStore items, LinkStore links, ItemViews views, ResponseCache cache) {
        this.items = items;
        this.links = links;
        this.views = views;
        this.cache = cache;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q is required: the words to search for");
        }
        cache.json(ctx, () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", views.of(items.search(q, LIMIT)));
            body.put("links", links.search(q, LIMIT).stream().map(LinkJson::of).toList());
            return body;
        });
    }
}
