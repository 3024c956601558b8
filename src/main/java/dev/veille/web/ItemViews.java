package dev.veille.web;

import java.util.List;
import java.util.Map;

import dev.veille.curate.LinkService;
import dev.veille.curate.SectionGuess;
import dev.veille.curate.SectionGuesser;
import dev.veille.model.Item;

/**
 * Items as the API shows them, each with its guessed section and its link's id. A page costs one read of the
 * guess model's revision and one query for the link ids, whatever its size.
 */
final class ItemViews {

    private final SectionGuesser guesser;
    private final LinkService links;

    ItemViews(SectionGuesser guesser, LinkService links) {
        this.guesser = guesser;
        this.links = links;
    }

    List<ItemJson> of(List<Item> page) {
        Map<Long, SectionGuess> guesses = guesser.guessAll(page);
        Map<Long, Long> linkIds = links.linkIdsByItem(page.stream().map(Item::id).toList());
        return page.stream().map(item -> ItemJson.of(item, guesses.get(item.id()), linkIds.get(item.id()))).toList();
    }

    ItemJson of(Item item) {
        return of(List.of(item)).get(0);
    }
}
