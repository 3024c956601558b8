package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The subscriber asks for one chunk at a time and cancels the download the moment the limit is crossed. */
class BoundedBodySubscriberTest {

    @Test
    void collectsChunksIntoOneBody() {
        RecordingSubscription subscription = new RecordingSubscription();
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(10);

        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3})));
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {4}), ByteBuffer.wrap(new byte[] {5, 6})));
        subscriber.onComplete();

        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, body(subscriber));
        assertEquals(3, subscription.requested, "one chunk at a time");
        assertEquals(false, subscription.cancelled);
    }

    @Test
    void cancelsAsSoonAsTheLimitIsCrossed() {
        RecordingSubscription subscription = new RecordingSubscription();
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(4);

        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3})));
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {4, 5})));
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {6}))); // late delivery after cancel is ignored

        assertEquals(new BodyOutcome.Refused("body larger than 4 bytes"), outcome(subscriber));
        assertTrue(subscription.cancelled);
        assertEquals(2, subscription.requested, "nothing more is asked for after the limit");
    }

    @Test
    void refusingSubscriberCancelsBeforeReadingAnything() {
        RecordingSubscription subscription = new RecordingSubscription();
        BoundedBodySubscriber subscriber = BoundedBodySubscriber.refusing("too big");

        subscriber.onSubscribe(subscription);

        assertEquals(new BodyOutcome.Refused("too big"), outcome(subscriber));
        assertTrue(subscription.cancelled);
        assertEquals(0, subscription.requested);
    }

    @Test
    void abandoningStopsTheDownload() {
        RecordingSubscription subscription = new RecordingSubscription();
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(100);
        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {1})));

        subscriber.abandon();

        assertTrue(subscription.cancelled);
        assertInstanceOf(BodyOutcome.Refused.class, outcome(subscriber));
    }

    private static BodyOutcome outcome(BoundedBodySubscriber subscriber) {
        return subscriber.getBody().toCompletableFuture().join();
    }

    private static byte[] body(BoundedBodySubscriber subscriber) {
        return assertInstanceOf(BodyOutcome.Whole.class, outcome(subscriber)).bytes();
    }

    /** Records what the subscriber asked of the publisher. */
    private static final class RecordingSubscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
