package org.cajaga.notifications.subscription;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of a page of subscriptions ({@code Page<SubscriptionView>}) for the OpenAPI document. */
@Schema(name = "SubscriptionPage", description = "One page of your subscriptions, oldest first")
public record SubscriptionPage(
        @Schema(description = "Items of this page") List<SubscriptionView> items,
        @Schema(description = "Cursor for the next page; absent on the last page",
                example = "MDE5MzZjMDAtMWEyYi03YzNkLThlNGYtNWE2YjdjOGQ5ZTBm") String next) {
}
