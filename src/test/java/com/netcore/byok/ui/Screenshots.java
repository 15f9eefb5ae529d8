package com.netcore.byok.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Pictures of the window for the README, and a check that no label is cut short with "...". */
public final class Screenshots {
    private Screenshots() {
    }

    /** The folder given by {@code -Dscreenshots.dir} (default target/screenshots). */
    public static Path folder() {
        String configured = System.getProperty("screenshots.dir");
        return Path.of(configured == null || configured.isBlank() || configured.contains("${")
                ? "target/screenshots" : configured);
    }

    /** Saves a snapshot of the scene as PNG; call on the FX thread. */
    public static Path save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path file = Files.createDirectories(folder()).resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts of visible labels, buttons and boxes that show less than their text (ellipsis). */
    public static List<String> truncatedLabels(Parent root) {
        root.applyCss();
        root.layout();
        List<String> truncated = new ArrayList<>();
        for (Node node : allNodes(root, new ArrayList<>())) {
            if (!(node instanceof Labeled labeled) || !treeVisible(node) || labeled.getText() == null) {
                continue;
            }
            String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text text && !expected.isEmpty() && !text.getText().equals(expected)) {
                truncated.add(expected + "  (shown as: " + text.getText() + ")");
            }
        }
        return truncated;
    }

    private static List<Node> allNodes(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> allNodes(child, into));
        }
        return into;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
