package org.attune.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.attune.files.BoundedRead;
import org.attune.text.ControlCharacters;

/**
 * Title cards kept between runs, one per questionnaire text, so the next run of the same questionnaire can
 * draw its title screen at once and load the questionnaire while the person reads it. A card is only a head
 * start: the questionnaire is loaded and checked all the same, and a card that turns out wrong is redrawn
 * and replaced. Being a cache, a card that cannot be read or written is simply not used.
 */
public final class TitleCards {
    private static final int MAX_CARD_BYTES = 256 * 1024;
    private final Path folder;

    public TitleCards(Path folder) {
        this.folder = folder;
    }

    /** The card kept for exactly this questionnaire text, if there is a readable one. */
    public Optional<TitleCard> find(byte[] source) {
        try {
            // a regular file of a card's size only: a pipe or a device put there must not hold up the start
            return parse(new String(BoundedRead.file(folder.resolve(fileName(source)), MAX_CARD_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // none yet, or unreadable: start as if there were no card
            return Optional.empty();
        }
    }

    /** Keeps {@code card} for this questionnaire text; a cache that cannot be written only costs the next start its head start. */
    public void keep(byte[] source, TitleCard card) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "card", ".tmp");
            try {
                Files.writeString(temporary, format(card), StandardCharsets.UTF_8);
                // another attune writing the same card at the same time writes the same text
                Files.move(temporary, folder.resolve(fileName(source)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache folder: the title screen waits for the questionnaire, as without a card
        }
    }

    /** Named after the text's CRC-32C and length: cheap to work out at every start, and a rare clash is corrected after loading. */
    static String fileName(byte[] source) {
        CRC32C crc = new CRC32C();
        crc.update(source);
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(8 - hex.length()) + hex + "-" + source.length + ".card";
    }

    static String format(TitleCard card) {
        return "id=" + escape(card.id()) + "\ntitle=" + escape(card.title()) + "\ndescription=" + escape(card.description())
                + "\ninstructions=" + escape(card.instructions()) + "\nminutes=" + card.estimatedMinutes()
                + "\nquestions=" + card.questions() + "\n";
    }

    static Optional<TitleCard> parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
            }
        }
        try {
            TitleCard card = new TitleCard(required(fields, "id"), required(fields, "title"), required(fields, "description"),
                    required(fields, "instructions"), Integer.parseInt(required(fields, "minutes")), Integer.parseInt(required(fields, "questions")));
            return Optional.of(card);
        } catch (IllegalArgumentException missingOrNotANumber) {
            return Optional.empty();
        }
    }

    /** A field's text; a missing one, or one with characters a questionnaire may not hold (escape sequences), spoils the card. */
    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || ControlCharacters.firstForbidden(value) >= 0) {
            throw new IllegalArgumentException(key);
        }
        return value;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
