package io.linnet.ui.common;

import io.linnet.ixian.codec.Bytes;
import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** A round avatar: the picture when there is one, else the identicon of the address. */
public final class AvatarView extends StackPane {
    private final ImageView image = new ImageView();
    private final double size;

    public AvatarView(double size) {
        this.size = size;
        image.setFitWidth(size);
        image.setFitHeight(size);
        image.setPreserveRatio(false);
        image.setSmooth(true);
        image.setClip(new Circle(size / 2, size / 2, size / 2));
        getChildren().add(image);
        getStyleClass().add("avatar");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
    }

    /** Shows {@code avatar} (image bytes) or, when empty or unreadable, the identicon of {@code seed}. */
    public void show(String seed, Bytes avatar) {
        Image picture = null;
        if (avatar != null && !avatar.isEmpty()) {
            Image i = new Image(new ByteArrayInputStream(avatar.toByteArray()), size * 2, size * 2, true, true);
            picture = i.isError() ? null : i;
        }
        image.setImage(picture != null ? picture : Identicon.of(seed, (int) Math.round(size * 2)));
    }

    /** Shows an already decoded picture. */
    public void show(Image picture) {
        image.setImage(picture);
    }
}
