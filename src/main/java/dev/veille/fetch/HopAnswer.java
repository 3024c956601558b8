package dev.veille.fetch;

import java.net.http.HttpHeaders;

/** What one request (one hop of a fetch) came back with: an HTTP answer, or none and why. */
sealed interface HopAnswer {

    /** An HTTP answer; for a non-2xx status the body is a bounded, discarded drain, not content. */
    record Received(int status, HttpHeaders headers, BodyOutcome body) implements HopAnswer {
    }

    /** No usable HTTP answer: "connection refused", "no complete answer within 30 s", "interrupted"… */
    record NoAnswer(String reason) implements HopAnswer {
    }
}
