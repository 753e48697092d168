package org.attune.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Title cards kept between runs: found again only for the very same questionnaire text, and never a reason to fail. */
class TitleCardsTest {
    private static final byte[] TEXT = "format: 1\nid: a\n".getBytes(StandardCharsets.UTF_8);
    private static final TitleCard CARD = new TitleCard("a", "A \\ title", "Two\nlines, with = and \\n written out", "", 1, 12);

    @TempDir
    Path folder;

    @Test
    void aKeptCardIsFoundForTheSameTextWithEveryCharacterIntact() {
        TitleCards cards = new TitleCards(folder.resolve("cards"));
        assertThat(cards.find(TEXT)).isEmpty();
        cards.keep(TEXT, CARD);
        assertThat(cards.find(TEXT)).contains(CARD);
        assertThat(cards.find(TEXT.clone())).contains(CARD);
    }

    @Test
    void anotherTextFindsNoCard() {
        TitleCards cards = new TitleCards(folder);
        cards.keep(TEXT, CARD);
        assertThat(cards.find("format: 1\nid: b\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(cards.find("format: 1\nid: a\n\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aNewerCardReplacesTheOldOneAndNoTemporaryFileIsLeft() throws Exception {
        TitleCards cards = new TitleCards(folder);
        cards.keep(TEXT, CARD);
        TitleCard corrected = new TitleCard("a", "Another title", "", "", 2, 3);
        cards.keep(TEXT, corrected);
        assertThat(cards.find(TEXT)).contains(corrected);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(TitleCards.fileName(TEXT));
        }
    }

    @Test
    void aDamagedCardIsNotUsed() throws Exception {
        TitleCards cards = new TitleCards(folder);
        Path file = folder.resolve(TitleCards.fileName(TEXT));
        for (String damaged : new String[] {"", "id=a\ntitle=A\n", TitleCards.format(CARD).replace("questions=12", "questions=many"), "\u0000\u0001"}) {
            Files.writeString(file, damaged);
            assertThat(cards.find(TEXT)).as(damaged).isEmpty();
        }
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertThat(cards.find(TEXT)).isEmpty();
    }

    @Test
    void aCardWithEscapeSequencesIsNotUsed() throws Exception {
        TitleCards cards = new TitleCards(folder);
        Files.writeString(folder.resolve(TitleCards.fileName(TEXT)), TitleCards.format(CARD).replace("title=A", "title=\u001b]2;set the window title\u0007A"));
        assertThat(cards.find(TEXT)).isEmpty();
    }

    @Test
    void aPipeInPlaceOfACardDoesNotHoldUpTheStart() throws Exception {
        Path fifo = folder.resolve(TitleCards.fileName(TEXT));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not installed");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertThat(new TitleCards(folder).find(TEXT)).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenIsSilentlyNotUsed() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        TitleCards cards = new TitleCards(notAFolder.resolve("cards"));
        cards.keep(TEXT, CARD);
        assertThat(cards.find(TEXT)).isEmpty();
    }

    @Test
    void theFileIsNamedAfterTheTextsChecksumAndLength() {
        assertThat(TitleCards.fileName(TEXT)).matches("[0-9a-f]{8}-" + TEXT.length + "\\.card");
        assertThat(TitleCards.fileName(new byte[0])).isEqualTo("00000000-0.card");
    }
}
