package dev.veille.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Says in a few words why a request got no HTTP answer, from the exception the JDK client failed with. */
final class TransportFailureText {

    private TransportFailureText() {
    }

    static String of(Throwable failure, FetchLimits limits) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + DurationText.of(limits.connectTimeout());
        }
        if (failure instanceof HttpTimeoutException) {
            return noCompleteAnswerWithin(limits.responseTimeout());
        }
        if (causedBy(failure, UnresolvedAddressException.class)) {
            return "unknown host";
        }
        if (failure instanceof ConnectException) {
            // The JDK client reports a refused connection as a ConnectException, often with no message.
            String detail = deepestMessage(failure);
            return detail == null || detail.equalsIgnoreCase("connection refused")
                    ? "connection refused"
                    : "could not connect (" + detail + ")";
        }
        if (failure instanceof SSLException) {
            return "TLS failed (" + messageOrType(failure) + ")";
        }
        if (failure instanceof IOException) {
            return messageOrType(failure);
        }
        // Not an I/O problem: something inside the client went wrong. Still a value, with the type to trace it.
        return "unexpected " + failure.getClass().getName() + ": " + failure.getMessage();
    }

    static String noCompleteAnswerWithin(Duration responseTimeout) {
        return "no complete answer within " + DurationText.of(responseTimeout);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static String messageOrType(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
