package nl.regioan.kb.watch.domain;

import java.util.regex.Pattern;

/** What can be followed. */
public enum WatchTarget {
    THEME, ITEM;

    private static final Pattern ITEM_ID = Pattern.compile("\\d{1,18}");

    /**
     * The one spelling of an item id that is stored, so "19", "019" and " 19 " are one follow: the
     * decimal number without leading zeros. Signs, spaces inside, other digits and overlong numbers are refused.
     */
    public static long itemId(String text) {
        String value = text == null ? "" : text.strip();
        if (!ITEM_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("the id of an item: digits only, such as 19");
        }
        long id = Long.parseLong(value);
        if (id <= 0) {
            throw new IllegalArgumentException("the id of an item: a number from 1");
        }
        return id;
    }
}
