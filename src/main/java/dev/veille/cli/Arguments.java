package dev.veille.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line split into positional words and flags ({@code --name value}, {@code --name=value}, or a bare
 * switch). Only declared flags are accepted, so a typo is an error, not a silently ignored option.
 */
public record Arguments(List<String> positional, Map<String, List<String>> flags) {

    public static Arguments parse(String[] args, Set<String> valueFlags, Set<String> switches) {
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (switches.contains(name) && value == null) {
                flags.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
            } else if (valueFlags.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args[++i];
                }
                flags.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return new Arguments(List.copyOf(positional), Map.copyOf(flags));
    }

    public boolean has(String flag) {
        return flags.containsKey(flag);
    }

    /** The last value given for a flag, or null. */
    public String value(String flag) {
        List<String> values = flags.get(flag);
        return values == null ? null : values.get(values.size() - 1);
    }

    public List<String> values(String flag) {
        return flags.getOrDefault(flag, List.of());
    }

    /** The last value of each flag, for settings lookup. */
    public Map<String, String> lastValues() {
        Map<String, String> last = new HashMap<>();
        flags.forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
        return last;
    }
}
