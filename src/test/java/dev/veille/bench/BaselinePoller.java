package dev.veille.bench;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import dev.veille.fetch.FetchLimits;
import dev.veille.fetch.FetchRequest;
import dev.veille.fetch.FetchResult;
import dev.veille.fetch.Fetcher;

/**
 * The bare minimum a poller must do, which Veille's times are divided by: fetch each URL with Veille's own
 * {@link Fetcher} (conditional GET with the validators of the previous round), parse the 200s with ROME, store
 * nothing. Same concurrency as Veille, same input.
 */
final class BaselinePoller {

    /** One round's counts, to check the baseline saw what Veille saw. */
    record Round(int fetched, int notModified, int failed, int entries) {
    }

    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.systemUTC());
    private final Map<String, String[]> validators = new ConcurrentHashMap<>();
    private final int concurrency;

    BaselinePoller(int concurrency) {
        this.concurrency = concurrency;
    }

    /** Forgets every validator: the next round is a cold one. */
    void forget() {
        validators.clear();
    }

    Round poll(List<String> urls) throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger entries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> futures = new ArrayList<>(urls.size());
            for (String url : urls) {
                futures.add(pool.submit(() -> {
                    String[] known = validators.get(url);
                    FetchResult result = fetcher.fetch(known == null ? FetchRequest.of(url)
                            : new FetchRequest(url, known[0], known[1]));
                    if (result instanceof FetchResult.Fetched body) {
                        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body.body())));
                        entries.addAndGet(feed.getEntries().size());
                        validators.put(url, new String[] {body.etag(), body.lastModified()});
                        fetched.incrementAndGet();
                    } else if (result instanceof FetchResult.NotModified) {
                        notModified.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Round(fetched.get(), notModified.get(), failed.get(), entries.get());
    }
}
