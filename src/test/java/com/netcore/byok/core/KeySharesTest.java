package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySharesTest {
    static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    static List<KeyShare> split(String scheme, String... custodians) {
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(KEY)) {
            return KeyShares.split(key, ShareScheme.parse(scheme), List.of(custodians), DAY, new SecureRandom());
        }
    }

    static KeyShare copy(KeyShare share) {
        return ShareText.parse(ShareTexts.text(share), "test");
    }

    static SecretKeyMaterial restore(List<KeyShare> shares) {
        try (ShareSet set = new ShareSet()) {
            for (KeyShare share : shares) {
                set.add(copy(share), "Share " + share.number());
            }
            return set.restore().key();
        }
    }

    /** All subsets of {0..n-1} with exactly k members. */
    static List<List<Integer>> subsets(int n, int k) {
        List<List<Integer>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) == k) {
                List<Integer> subset = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        subset.add(i);
                    }
                }
                all.add(subset);
            }
        }
        return all;
    }

    @Test
    void everyThreeOfFiveRestoresTheKeyAndTwoDoNot() {
        List<KeyShare> shares = split("3-of-5");
        String kcv;
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(KEY)) {
            kcv = key.kcv();
        }
        for (int k = 3; k <= 5; k++) {
            for (List<Integer> subset : subsets(5, k)) {
                try (SecretKeyMaterial restored = restore(subset.stream().map(shares::get).toList())) {
                    assertThat(restored.kcv()).as("subset %s", subset).isEqualTo(kcv);
                    assertThat(restored.sameBytesAs(KEY)).as("subset %s", subset).isTrue();
                }
            }
        }
        for (List<Integer> subset : subsets(5, 2)) {
            assertThatThrownBy(() -> restore(subset.stream().map(shares::get).toList()))
                    .hasMessageStartingWith("This key needs 3 of its 5 shares; 2 were given (shares ")
                    .hasMessageEndingWith("Bring 1 more share from other custodians.");
        }
    }

    @Test
    void sharesFollowTheDocumentedPolynomialOverTheAesField() {
        // an independent Lagrange interpolation at x = 0, so the format does not hang on one library's code
        List<KeyShare> shares = split("3-of-7");
        for (List<Integer> subset : subsets(7, 3)) {
            byte[] key = new byte[32];
            for (int b = 0; b < 32; b++) {
                int acc = 0;
                for (int i : subset) {
                    int xi = shares.get(i).number();
                    int weight = 1;
                    for (int j : subset) {
                        if (j != i) {
                            int xj = shares.get(j).number();
                            weight = aesMul(weight, aesMul(xj, aesInverse(xj ^ xi)));
                        }
                    }
                    acc ^= aesMul(weight, shares.get(i).data().get(b) & 0xFF);
                }
                key[b] = (byte) acc;
            }
            assertThat(key).isEqualTo(KEY);
        }
    }

    static int aesMul(int a, int b) {
        int p = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                p ^= a;
            }
            a = (a & 0x80) != 0 ? ((a << 1) ^ 0x11B) & 0xFF : a << 1;
            b >>= 1;
        }
        return p;
    }

    static int aesInverse(int a) {
        int result = 1;
        for (int i = 0; i < 254; i++) {
            result = aesMul(result, a);
        }
        return result;
    }

    @Test
    void knownSharesStillRestoreTheKnownKey() {
        // written once by this tool (format 1); if a library update changed the arithmetic, old sheets would be lost
        String[] texts = {KNOWN_1, KNOWN_3, KNOWN_4};
        try (ShareSet set = new ShareSet()) {
            for (String text : texts) {
                set.add(ShareText.parse(text, "known share"), "known share");
            }
            try (SecretKeyMaterial key = set.restore().key()) {
                assertThat(key.sameBytesAs(KEY)).isTrue();
            }
        }
    }

    static final String KNOWN_1 = """
            # BYOK Wizard key share: any 3 of the 5 shares restore the key, fewer reveal nothing about it.
            # Keep it apart from the other shares. To restore, type it back exactly or scan the sheet's QR code.
            Format: 1
            Key KCV (AES-CMAC): B54491
            Share number: 1
            Shares made: 5
            Shares needed: 3
            Custodian: Alice Martin
            Created: 2026-03-14
            Data 1: 32FD CECA 3C3D 6B7A / DAC9
            Data 2: D273 B6E0 26EF 2DF3 / E2EA
            Data 3: 64A5 E540 FBEE F2D1 / 51B0
            Data 4: 2021 EE4E CC23 0F82 / C762
            Checksum: A57C 0762
            """;
    /** As a custodian might type it: no comments, lower case, the line labels left out. */
    static final String KNOWN_3 = """
            format: 1
            key kcv (aes-cmac): b54491
            share number: 3
            shares made: 5
            shares needed: 3
            1544 d35e 76c3 b6e0 3e88
            177b ff49 9111 d2b8 3271
            a130 48ae 0f51 986f dd90
            beba a8ae 4a04 4ec5 c330
            checksum: 384d 9e22
            """;
    /** The QR code's one-line form. */
    static final String KNOWN_4 =
            "BYOK-SHARE:1:B54491:3:5:4:598B4DEF0E0AF66EC6B8E78E4264983ED2E2F4A3B222BAEEA12E445382C94DC4:1B575145";

    @Test
    void textAndQrPayloadReadBackToTheSameShare() {
        List<KeyShare> shares = split("2-of-3", "Alice Martin", "Bob Ng", "Chloé Dubois");
        for (KeyShare share : shares) {
            for (String form : List.of(ShareTexts.text(share), ShareTexts.qrPayload(share), ShareTexts.text(share).replace("\n", "\r\n"),
                    ShareTexts.text(share).toLowerCase().replace("data", "Data"))) {
                try (KeyShare read = ShareText.parse(form, "test")) {
                    assertThat(read.sameDataAs(share)).isTrue();
                    assertThat(read.number()).isEqualTo(share.number());
                    assertThat(read.kcv()).isEqualTo(share.kcv());
                    assertThat(read.scheme()).isEqualTo(share.scheme());
                }
            }
            try (KeyShare read = ShareText.parse(ShareTexts.text(share), "test")) {
                assertThat(read.custodian()).isEqualTo(share.custodian());
                assertThat(read.created()).contains(DAY);
            }
        }
        assertThat(ShareTexts.text(shares.get(2))).contains("Custodian: Chloé Dubois\n", "Created: 2026-03-14\n",
                "Share number: 3\n", "Shares made: 3\n", "Shares needed: 2\n", "Format: 1\n");
        assertThat(ShareTexts.qrPayload(shares.get(0))).matches("BYOK-SHARE:1:[0-9A-F]{6}:2:3:1:[0-9A-F]{64}:[0-9A-F]{8}");
        assertThat(shares.get(0).toString()).doesNotContain(ShareTexts.qrPayload(shares.get(0)).substring(30, 40));
    }

    @Test
    void everySingleDigitTypoIsLocatedToItsGroup() {
        KeyShare share = split("3-of-5").get(1);
        String text = ShareTexts.text(share);
        List<String> lines = text.lines().toList();
        int checked = 0;
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) {
            String line = lines.get(lineIndex);
            if (!line.startsWith("Data ")) {
                continue;
            }
            int dataNumber = line.charAt(5) - '0';
            int digit = 0;
            for (int col = line.indexOf(':') + 1; col < line.length(); col++) {
                char c = line.charAt(col);
                if (!ShareCodes.isHexDigit(c)) {
                    continue;
                }
                int group = digit / 4 + 1;
                for (char typo : "0123456789ABCDEF".toCharArray()) {
                    if (typo == c) {
                        continue;
                    }
                    List<String> changed = new ArrayList<>(lines);
                    changed.set(lineIndex, line.substring(0, col) + typo + line.substring(col + 1));
                    String wrong = String.join("\n", changed) + "\n";
                    String where = "line " + (lineIndex + 1) + " (data line " + dataNumber + "), group " + group;
                    assertThatThrownBy(() -> ShareText.parse(wrong, "Share file s.txt"))
                            .hasMessageStartingWith("Share file s.txt: " + where)
                            .hasMessageContaining("looks mistyped (its " + (digit % 4 < 2 ? "first" : "last")
                                    + " two digits)");
                    ShareCheck live = ShareText.check(wrong);
                    assertThat(live.status()).isEqualTo(ShareCheck.Status.INVALID);
                    assertThat(live.line()).isEqualTo(lineIndex + 1);
                    assertThat(live.group()).isEqualTo(group);
                    assertThat(live.dataLines().get(dataNumber - 1)).isEqualTo(ShareCheck.LineState.WRONG);
                    checked++;
                }
                digit++;
            }
        }
        assertThat(checked).isEqualTo(4 * 20 * 15);
    }

    @Test
    void liveCheckFollowsTheTyping() {
        KeyShare share = split("3-of-5").get(0);
        String text = ShareTexts.text(share).lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        assertThat(ShareText.check("").status()).isEqualTo(ShareCheck.Status.EMPTY);
        ShareCheck previous = null;
        for (int end = 1; end < text.length() - 1; end++) {
            ShareCheck now = ShareText.check(text.substring(0, end));
            assertThat(now.status()).as("after %d characters: %s", end, now.message())
                    .isEqualTo(ShareCheck.Status.INCOMPLETE);
            previous = now;
        }
        assertThat(previous.message()).startsWith("Line 11: the checksum has 8 hex digits; 7 typed");
        ShareCheck done = ShareText.check(text);
        assertThat(done.status()).isEqualTo(ShareCheck.Status.COMPLETE);
        assertThat(done.message()).isEqualTo("Share 1 of 5 (key KCV " + share.kcv() + ") is complete; its checks match.");
        assertThat(done.dataLines()).containsOnly(ShareCheck.LineState.OK);

        ShareCheck halfway = ShareText.check(text.substring(0, text.indexOf("Data 2:")));
        assertThat(halfway.status()).isEqualTo(ShareCheck.Status.INCOMPLETE);
        assertThat(halfway.message()).isEqualTo("Still to type: 'Data 2', 'Data 3', 'Data 4', 'Checksum'.");
        assertThat(halfway.dataLines()).containsExactly(ShareCheck.LineState.OK, ShareCheck.LineState.MISSING,
                ShareCheck.LineState.MISSING, ShareCheck.LineState.MISSING);

        String badChar = text.replaceFirst("(Data 2: ..)", "$1O");
        ShareCheck wrong = ShareText.check(badChar.substring(0, badChar.indexOf("Data 3")));
        assertThat(wrong.status()).isEqualTo(ShareCheck.Status.INVALID);
        assertThat(wrong.message()).isEqualTo("Line 8 (data line 2): character 'O' at column 11 is not a hex digit "
                + "(0-9, A-F); the sheet has the digit 0, not the letter O.");
        assertThat(wrong.group()).isEqualTo(1);
    }

    @Test
    void errorsPointByLineAndGroupAndNeverRepeatShareDigits() {
        KeyShare share = split("3-of-5").get(1);
        String text = ShareTexts.text(share);
        List<String> lines = text.lines().toList();
        for (int d = 1; d <= 4; d++) {
            int index = lines.indexOf(lines.stream().filter(l -> l.startsWith("Data ")).toList().get(0)) + d - 1;
            String line = lines.get(index);
            String[] groups = line.substring(line.indexOf(':') + 1).replace("/", " ").trim().split("\\s+");
            // a data line typed with its first two groups where the label belongs, and one with a digit dropped
            List<String> wrongLines = List.of(groups[0] + " " + groups[1] + ": " + groups[2] + " " + groups[3],
                    line.replaceFirst(groups[1], groups[1].substring(1)));
            for (String wrongLine : wrongLines) {
                List<String> changed = new ArrayList<>(lines);
                changed.set(index, wrongLine);
                String wrong = String.join("\n", changed);
                Throwable thrown = catchThrowable(() -> ShareText.parse(wrong, "Share file s.txt"));
                assertThat(thrown).isInstanceOf(ByokException.class).hasMessageContaining("line " + (index + 1));
                ShareCheck live = ShareText.check(wrong);
                for (String group : groups) {
                    assertThat(thrown.getMessage()).as(wrongLine).doesNotContainIgnoringCase(group);
                    assertThat(live.message()).as(wrongLine).doesNotContainIgnoringCase(group);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unsupported version|Format: 1|Format: 2|line 3 says format version 2, which this BYOK Wizard does not read",
        "missing digit|Data 3: (....) (...).|Data 3: $1 $2|line 11 (data line 3) has 19 hex digits; it needs 20 "
                + "(four groups of share data and one check group). Group 2 has 3 digits instead of 4.",
        "doubled digit|Data 3: (.)|Data 3: $1$1|line 11 (data line 3) has more than 20 hex digits",
        "checksum header typo|Share number: 2|Share number: 4|line 13: the checksum does not match the share",
        "k above n|Shares needed: 3|Shares needed: 6|line 7: 6 shares needed out of 5 made cannot be right",
        "number above n|Share number: 2|Share number: 9|line 5: share number 9 is more than the 5 shares made",
        "line missing|Data 4: .*\\n||the share is incomplete: it has no 'Data 4' line.",
        "unknown label|Shares made|Shares mad|line 6 has a label that a key share does not have",
        "repeated label|Shares made: 5|Shares made: 5\\nShares made: 5|line 7 repeats 'Shares made' (first on line 6)",
        "bad kcv|(Key KCV \\(AES-CMAC\\): ).*|$1XYZ|line 4: the key KCV must be 6 hex digits",
    })
    void textMistakesAreNamedWithTheirLine(String name, String regex, String replacement, String message) {
        KeyShare share = split("3-of-5").get(1);
        String wrong = ShareTexts.text(share).replaceFirst(regex, replacement == null ? "" : replacement.replace("\\n", "\n"));
        assertThat(wrong).isNotEqualTo(ShareTexts.text(share));
        assertThatThrownBy(() -> ShareText.parse(wrong, "Share file s.txt"))
                .isInstanceOf(ByokException.class).hasMessageContaining("Share file s.txt: " + message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ShareTexts.text(share).substring(
                        ShareTexts.text(share).indexOf("Data 1: ") + 8, ShareTexts.text(share).indexOf("Data 1: ") + 17)));
    }

    @Test
    void garbageIsNotAShare() {
        assertThatThrownBy(() -> ShareText.parse("Dear custodian,\nplease keep this safe.\n", "Share file x.txt"))
                .hasMessage("Share file x.txt is not a BYOK Wizard key share: line 1 is not part of a key share. "
                        + "Lines are 'Label: value' (e.g. 'Share number: 2') or data lines of hex groups, as the sheet "
                        + "shows them. Choose a share file written by 'wrap --split', or an image of a share's QR code.");
        assertThatThrownBy(() -> ShareText.parse(new byte[] {1, 2, (byte) 0xFF, (byte) 0xC0}, "Share file x.bin"))
                .hasMessageStartingWith("Share file x.bin is not a key share: it holds binary data");
        assertThatThrownBy(() -> ShareText.parse(" \n", "Share file e.txt")).hasMessageStartingWith("Share file e.txt is empty.");
    }

    @Test
    void sharesOfDifferentKeysSplitsOrTheSameNumberAreRefused() {
        List<KeyShare> a = split("3-of-5");
        List<KeyShare> b;
        try (SecretKeyMaterial other = SecretKeyMaterial.copyOf(HexFormat.of().parseHex("ff".repeat(32)))) {
            b = KeyShares.split(other, new ShareScheme(3, 5), List.of(), DAY, new SecureRandom());
        }
        List<KeyShare> c = split("2-of-5");
        try (ShareSet set = new ShareSet()) {
            set.add(copy(a.get(0)), "Share file a1");
            assertThat(set.missing()).isEqualTo(2);
            assertThatThrownBy(() -> set.add(copy(b.get(1)), "Share file b2"))
                    .hasMessageStartingWith("Share file b2 is a share of another key (KCV " + b.get(1).kcv()
                            + ") than Share file a1 (KCV " + a.get(0).kcv() + ").");
            assertThatThrownBy(() -> set.add(copy(c.get(1)), "Share file c2"))
                    .hasMessageStartingWith("Share file c2 comes from a 2-of-5 split, but Share file a1 from a 3-of-5 split");
            assertThatThrownBy(() -> set.add(copy(a.get(0)), "Share file a1 again"))
                    .hasMessageStartingWith("Share file a1 again is share 1 of 5 again, like Share file a1.");
            assertThat(set.size()).isEqualTo(1);
        }
        // same key, same 3-of-5, but another split: caught by the KCV after combining
        List<KeyShare> d = split("3-of-5");
        try (ShareSet set = new ShareSet()) {
            set.add(copy(a.get(0)), "a1");
            set.add(copy(a.get(1)), "a2");
            set.add(copy(d.get(2)), "d3");
            assertThatThrownBy(set::restore).hasMessageContaining("they come from different splits of the key");
        }
    }

    @Test
    void schemesAndCustodiansAreChecked() {
        assertThat(ShareScheme.parse("3-of-5")).isEqualTo(new ShareScheme(3, 5));
        assertThat(ShareScheme.parse(" 2 of 2 ")).isEqualTo(new ShareScheme(2, 2));
        assertThat(ShareScheme.parse("16-OF-16")).isEqualTo(new ShareScheme(16, 16));
        assertThatThrownBy(() -> ShareScheme.parse("3/5")).hasMessageStartingWith("'3/5' is not a share scheme. Write K-of-N");
        assertThatThrownBy(() -> ShareScheme.parse("4-of-3")).hasMessageStartingWith("4-of-3 needs more shares to restore");
        assertThatThrownBy(() -> ShareScheme.parse("1-of-3")).hasMessageStartingWith("1-of-3 would let each share alone");
        assertThatThrownBy(() -> ShareScheme.parse("3-of-17")).hasMessageStartingWith("3-of-17 makes more shares than the 16");
        assertThatThrownBy(() -> split("2-of-3", "A", "B")).hasMessage(
                "2 custodian names were given for 3 shares. Name one custodian per share, or none.");
        assertThatThrownBy(() -> split("2-of-3", "Ann", "Bob", "ann")).hasMessageStartingWith("Custodian 'ann' is named twice.");
        assertThatThrownBy(() -> split("2-of-2", "Ann", "李")).hasMessageContaining("has character U+674E");
    }

    @Test
    void lineCheckDetectsEveryTwoByteErrorAndLocatesEveryOneByteError() {
        byte[] line = HexFormat.of().parseHex("8e1c04a7d2f05b39");
        int check = ShareCodes.lineCheck(line, 0, 3);
        for (int p = 0; p < 8; p++) {
            for (int e = 1; e < 256; e++) {
                byte[] wrong = line.clone();
                wrong[p] ^= (byte) e;
                int diff = check ^ ShareCodes.lineCheck(wrong, 0, 3);
                assertThat(ShareCodes.locate(diff >> 8, diff & 0xFF)).isEqualTo(p);
                for (int q = p + 1; q < 8; q += 3) {
                    byte[] twice = wrong.clone();
                    twice[q] ^= (byte) (e * 7 + 1);
                    if (twice[q] != line[q]) {
                        assertThat(ShareCodes.lineCheck(twice, 0, 3)).isNotEqualTo(check);
                    }
                }
            }
        }
        assertThat(ShareCodes.lineCheck(line, 0, 2)).as("the line number counts").isNotEqualTo(check);
    }
}
