package dev.veille.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.veille.model.Source;

/**
 * Polls a given list of sources once, {@code concurrency} at a time fetching, parsing and processing, one
 * storing ({@link PollWriter}), and returns the outcomes in list order once every new item is stored and
 * findable by full-text search.
 */
public final class PollRound {

    private final SourcePoller poller;
    private final int concurrency;

    public PollRound(SourcePoller poller, int concurrency) {
        this.poller = poller;
        this.concurrency = concurrency;
    }

    public List<PollOutcome> run(List<Source> sources) throws InterruptedException {
        ExecutorService fetchers = Executors.newFixedThreadPool(concurrency, DaemonThreads.named("veille-poll"));
        try (PollWriter writer = new PollWriter(concurrency, "veille-poll-writer", poller::storeTogether)) {
            List<Future<PollOutcome>> futures = new ArrayList<>(sources.size());
            for (Source source : sources) {
                futures.add(CompletableFuture.supplyAsync(() -> poller.fetch(source), fetchers)
                        .thenCompose(writer::store));
            }
            List<PollOutcome> outcomes = new ArrayList<>(futures.size());
            for (Future<PollOutcome> future : futures) {
                outcomes.add(future.get());
            }
            poller.indexNewItems();
            return outcomes;
        } catch (ExecutionException e) {
            // Every failure is recorded on its source; reaching here means storage itself is failing.
            throw new IllegalStateException("poll round failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            fetchers.shutdownNow();
        }
    }
}
