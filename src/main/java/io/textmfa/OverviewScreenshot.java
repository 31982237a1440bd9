package io.textmfa;

import io.textmfa.ui.shell.DesktopShell;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** For the installer check: once the tenant is loaded and drawn, writes the window as a PNG and exits. */
final class OverviewScreenshot {
    private static final Logger LOG = LoggerFactory.getLogger(OverviewScreenshot.class);

    private OverviewScreenshot() {
    }

    static void whenLoaded(DesktopShell shell, Stage stage, Path file) {
        shell.viewModel().snapshotProperty().addListener((obs, old, loaded) -> {
            if (loaded != null) {
                PauseTransition settle = new PauseTransition(Duration.seconds(2));
                settle.setOnFinished(event -> {
                    write(stage, file);
                    Platform.exit();
                });
                settle.play();
            }
        });
    }

    private static void write(Stage stage, Path file) {
        WritableImage image = stage.getScene().snapshot(null);
        BufferedImage buffered = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < buffered.getHeight(); y++) {
            for (int x = 0; x < buffered.getWidth(); x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            LOG.error("Could not write the screenshot {}: {}", file, e.getMessage());
        }
    }
}
