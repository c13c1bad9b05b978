package io.accountsuite.platform.validation;

/**
 * What every service accepts as text a person typed: no control characters (they corrupt the pages and logs that
 * show the text back), except line breaks and tabs in multi-line text such as a cancellation's details.
 */
public final class PlainText {

    private PlainText() {
    }

    /** A name, a title, an address line: no control characters at all. Null counts as plain. */
    public static boolean isSingleLine(CharSequence text) {
        return text == null || text.codePoints().noneMatch(Character::isISOControl);
    }

    /** Free text from a text area: line breaks and tabs allowed, no other control character. Null counts as plain. */
    public static boolean isMultiLine(CharSequence text) {
        return text == null || text.codePoints()
                .noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * Whether the text is well-formed UTF-16: no lone surrogate (one half of a pair), which no UTF-8 encoder, hash
     * or database can carry as it is. JSON's {@code "\ud800"} decodes to one.
     */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
