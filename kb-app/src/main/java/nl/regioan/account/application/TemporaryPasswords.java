package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** One-time passwords for new and reset accounts; the alphabet leaves out look-alikes (0/O, 1/l/I). */
@ApplicationScoped
public class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
