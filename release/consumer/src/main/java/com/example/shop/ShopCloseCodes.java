package com.example.shop;

import dev.closecodes.CloseCode;
import dev.closecodes.CloseCodeRange;
import dev.closecodes.CloseCodeTable;
import dev.closecodes.Reconnect;
import dev.closecodes.StandardCloseCodes;
import dev.closecodes.Translation;

/** A shop's close codes, declared as a user of the published artifacts declares them. */
@CloseCodeTable
@CloseCodeRange(name = "CHECKOUT", from = 4000, to = 4099, title = "Checkout",
        description = "The checkout service ended the session.", sendable = true, reconnect = Reconnect.NEVER)
public interface ShopCloseCodes extends StandardCloseCodes {
    /** The cart expired. */
    @CloseCode(title = "Cart Expired", description = "The cart expired; start a new one before reconnecting.",
            reconnect = Reconnect.NEVER,
            translations = @Translation(locale = "fr", description = "Le panier a expiré ; commencez-en un autre."))
    int CART_EXPIRED = 4001;
}
