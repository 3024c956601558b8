package dev.veille.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The benchmark reads wrk's report (wrk 4.1, Debian) and bash's {@code times} after it. */
class WrkLoadTest {

    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:7070/api/items?status=new&limit=50
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    27.11ms    6.88ms   1.02s    77.24%
                Req/Sec    72.50     10.20    90.00     60.00%
              Latency Distribution
                 50%  850.00us
                 75%   31.86ms
                 90%   33.99ms
                 99%    1.20s
              14512 requests in 10.00s, 203.00MB read
              Non-2xx or 3xx responses: 3
              Socket errors: connect 0, read 1, write 0, timeout 2
            Requests/sec:   1451.20
            Transfer/sec:     20.30MB
            0m0.000s 0m0.008s
            1m2.500s 0m0.250s
            """;

    @Test
    void readsCountsPercentilesErrorsAndCpu() {
        ApiLoad.Run run = WrkLoad.parse(REPORT);
        assertEquals(14512, run.requests());
        assertEquals(10.0, run.seconds(), 1e-9);
        assertEquals(850_000, run.p50Nanos());
        assertEquals(1_200_000_000L, run.p99Nanos());
        assertEquals(6, run.errors(), "3 non-2xx answers and 3 socket errors");
        assertEquals(62_750_000_000L, run.clientCpuNanos(), "wrk's user and system time");
    }

    @Test
    void aReportWithoutItsCountsIsAnError() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> WrkLoad.parse("unable to connect to 127.0.0.1:7070 Connection refused\n"));
        assertEquals("unexpected wrk report: unable to connect to 127.0.0.1:7070 Connection refused\n",
                refused.getMessage());
    }
}
