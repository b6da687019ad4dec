package io.linnet.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/** A QR code of an address reads back as the address; a picture without one reads as nothing. */
class QrCodesTest {
    @Test
    void roundTripAndNothing() {
        WritableImage img = QrCodes.encode(AddressInputTest.A, 200);
        assertEquals(Optional.of(AddressInputTest.A), QrCodes.decode(img));
        assertEquals(Optional.empty(), QrCodes.decode(new WritableImage(60, 60)));
    }
}
