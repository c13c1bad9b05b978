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
}
