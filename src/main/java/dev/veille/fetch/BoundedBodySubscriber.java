package dev.veille.fetch;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and cancels the download as soon as the limit is crossed, so no
 * more than the limit is ever kept in memory. It asks for one chunk at a time: the client never queues ahead.
 * It can also be abandoned from outside (when the fetch's deadline passes), which closes the connection.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<BodyOutcome> {
    private final long limit;
    private final CompletableFuture<BodyOutcome> outcome = new CompletableFuture<>();
    private final List<byte[]> chunks = new ArrayList<>();
    private long received;
    private volatile Flow.Subscription subscription;

    BoundedBodySubscriber(long limit) {
        this.limit = limit;
    }

    /** A subscriber that refuses the body before reading any of it (e.g. its Content-Length is over the limit). */
    static BoundedBodySubscriber refusing(String reason) {
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(0);
        subscriber.outcome.complete(new BodyOutcome.Refused(reason));
        return subscriber;
    }

    @Override
    public CompletionStage<BodyOutcome> getBody() {
        return outcome;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (outcome.isDone()) {
            newSubscription.cancel();
        } else {
            newSubscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (outcome.isDone()) {
            return; // abandoned or refused meanwhile: whatever still arrives is dropped
        }
        for (ByteBuffer buffer : buffers) {
            if (received + buffer.remaining() > limit) {
                stop(new BodyOutcome.Refused("body larger than " + ByteSizeText.of(limit)));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            chunks.add(chunk);
            received += chunk.length;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        outcome.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        byte[] body = new byte[Math.toIntExact(received)];
        int position = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, body, position, chunk.length);
            position += chunk.length;
        }
        chunks.clear();
        outcome.complete(new BodyOutcome.Whole(body));
    }

    /** Gives up on the body (the deadline passed): stops the download and lets go of what was collected. */
    void abandon() {
        stop(new BodyOutcome.Refused("abandoned"));
    }

    private void stop(BodyOutcome why) {
        outcome.complete(why);
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel(); // for HTTP/1.1 this closes the connection: the rest of the body is never read
        }
    }
}
