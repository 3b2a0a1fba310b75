package org.cajaga.support.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field paths as clients write them ({@code verdicts[3].criterion}) turned into JSON Pointers ({@code /verdicts/3/criterion}). */
public final class JsonPointers {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private JsonPointers() {
    }

    public static String of(String field) {
        StringBuilder pointer = new StringBuilder();
        Matcher step = STEP.matcher(field);
        while (step.find()) {
            String name = step.group(1) != null ? step.group(1) : step.group(2);
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
