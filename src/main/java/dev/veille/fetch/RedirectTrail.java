package dev.veille.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The URLs one fetch went through, in order, and whether every redirect on the way was permanent. It belongs to
 * a single fetch and is never shared.
 */
final class RedirectTrail {
    private final List<URI> visited = new ArrayList<>();
    private boolean everyRedirectPermanent = true;

    RedirectTrail(URI start) {
        visited.add(start);
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    URI start() {
        return visited.get(0);
    }

    URI current() {
        return visited.get(visited.size() - 1);
    }

    int redirectCount() {
        return visited.size() - 1;
    }

    boolean hasVisited(URI url) {
        return visited.contains(url);
    }

    void follow(int status, URI target) {
        // Only 301 and 308 promise the move is for good; one 302 on the way means the old URL must be kept.
        everyRedirectPermanent &= status == 301 || status == 308;
        visited.add(target);
    }

    /** Where the source now lives, when it was redirected and every hop said so permanently; otherwise null. */
    String movedPermanentlyTo() {
        return redirectCount() > 0 && everyRedirectPermanent ? current().toString() : null;
    }

    /** "https://a/ → https://b/ → …", with the given next hop appended, for redirect error messages. */
    String describeWith(URI next) {
        List<URI> hops = new ArrayList<>(visited);
        hops.add(next);
        return hops.stream().map(URI::toString).collect(Collectors.joining(" → "));
    }
}
