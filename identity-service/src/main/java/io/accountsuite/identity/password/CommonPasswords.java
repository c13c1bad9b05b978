package io.accountsuite.identity.password;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.nulabinc.zxcvbn.StandardDictionaries;

/** The 30,000 most common passwords, from the list zxcvbn ships (ranked by frequency in real leaks). */
public final class CommonPasswords {

    private CommonPasswords() {
    }

    public static Set<String> load() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(p -> p.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common password list", e);
        }
    }
}
