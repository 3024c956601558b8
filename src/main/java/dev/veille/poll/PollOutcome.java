package dev.veille.poll;

/** What one poll of one source did, as reported to the API, the CLI and the log. */
public record PollOutcome(long sourceId, Result result, int newItems, Integer status, String error, long millis) {

    /** The three answers the API promises: {@code ok}, {@code not-modified}, {@code error}. */
    public enum Result {
        OK("ok"), NOT_MODIFIED("not-modified"), ERROR("error");

        private final String wireName;

        Result(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
