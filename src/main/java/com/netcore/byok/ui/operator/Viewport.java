package com.netcore.byok.ui.operator;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls an action's result into view, so that an operator who does not scroll still sees what happened. */
final class Viewport {
    private Viewport() {
    }

    /** Now, and once more after the next layout pulse (a new result may change the height of the content). */
    static void reveal(ScrollPane scroll, Node node) {
        revealNow(scroll, node);
        Platform.runLater(() -> revealNow(scroll, node));
    }

    /**
     * A result that fits the view is shown whole, with as much of the step above it as fits too; a longer one is
     * shown from its top.
     */
    static void revealNow(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds target = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewHeight = scroll.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - viewHeight;
        if (room <= 0 || viewHeight <= 0) {
            return; // everything is in view
        }
        double wanted = target.getHeight() <= viewHeight ? target.getMaxY() - viewHeight : target.getMinY();
        double top = Math.max(0, Math.min(room, wanted));
        scroll.setVvalue(scroll.getVmin() + top / room * (scroll.getVmax() - scroll.getVmin()));
    }
}
