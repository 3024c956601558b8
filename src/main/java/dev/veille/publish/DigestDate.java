package dev.veille.publish;

import java.time.LocalDate;
import java.time.YearMonth;

/** The default date of a month's digest: its last day, since the post closes the month. */
public final class DigestDate {

    private DigestDate() {
    }

    /** 2019-10-31 for October 2019, 2020-02-29 for February 2020. */
    public static LocalDate defaultFor(YearMonth month) {
        return month.atEndOfMonth();
    }
}
