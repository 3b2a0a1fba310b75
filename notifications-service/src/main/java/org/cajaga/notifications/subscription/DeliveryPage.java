package org.cajaga.notifications.subscription;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of a page of deliveries ({@code Page<DeliveryView>}) for the OpenAPI document. */
@Schema(name = "DeliveryPage", description = "One page of a subscription's deliveries, newest first")
public record DeliveryPage(
        @Schema(description = "Items of this page") List<DeliveryView> items,
        @Schema(description = "Cursor for the next page; absent on the last page", example = "MTIz") String next) {
}
