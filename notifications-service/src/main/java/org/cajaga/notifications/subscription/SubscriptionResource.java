package org.cajaga.notifications.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.notifications.delivery.SendResult;
import org.cajaga.notifications.delivery.WebhookSender;
import org.cajaga.notifications.event.Events;
import org.cajaga.notifications.event.WebhookEvent;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUBSCRIBER, Roles.INTEGRATOR})
@Tag(name = "Subscriptions", description = "Webhooks: signed CloudEvents when public practices change (see `x-webhooks`).")
public class SubscriptionResource {

    static final String ID = "{id: [0-9a-fA-F-]{36}}";

    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    @Inject
    SubscriptionService subscriptions;

    @Inject
    WebhookSender sender;

    @Inject
    Events events;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe to events",
            description = "Events about public practices are sent to `url` as signed CloudEvents (Standard Webhooks: "
                    + "`webhook-id`, `webhook-timestamp`, `webhook-signature`). The answer holds the signing secret, "
                    + "shown only this once. The subscription belongs to your OAuth client. Needs the role `subscriber` "
                    + "or `integrator`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionInput.class),
            examples = @ExampleObject(name = "chihuahua", summary = "Published and removed practices of Chihuahua about "
                    + "participation", value = SubscriptionExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` point at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedSubscription.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "422", description = "Invalid fields, or a URL that is not HTTPS or points at a local, "
            + "private or metadata address")
    public RestResponse<CreatedSubscription> create(@NotNull @Valid SubscriptionInput input) {
        CreatedSubscription created = subscriptions.create(input);
        return RestResponse.ResponseBuilder.<CreatedSubscription>created(
                        uri.getAbsolutePathBuilder().path(created.subscription().id().toString()).build())
                .tag(SubscriptionService.versionOf(created.subscription().id(), created.subscription().version()).tag()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List your subscriptions",
            description = "The subscriptions of your OAuth client, oldest first, cursor paging.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when there is more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    public RestResponse<Page<SubscriptionView>> list(@BeanParam PageParams page) {
        Page<SubscriptionView> result = subscriptions.list(page);
        return PageResponses.of(result, result.items().stream().map(s -> s.id() + ":" + s.version() + ":" + s.activeSecrets()),
                uri, request, REVALIDATE);
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getSubscription", summary = "Get a subscription",
            description = "Its status, and why it was disabled when it was.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    public RestResponse<SubscriptionView> get(@PathParam("id") UUID id) {
        Subscription subscription = subscriptions.get(id);
        return Preconditions.okOrNotModified(request, SubscriptionService.versionOf(subscription).tag(), REVALIDATE,
                subscriptions.view(subscription));
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSubscription", summary = "Change a subscription",
            description = "Replaces URL, events and filters; `enabled: false` disables it, `enabled: true` (or leaving it "
                    + "out) enables it again, also after failures or a 410. Send `If-Match`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionInput.class),
            examples = @ExampleObject(name = "classifications", summary = "Also classifications, only good practices",
                    value = SubscriptionExamples.REPLACE)))
    @APIResponse(responseCode = "200", description = "The changed subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    @APIResponse(responseCode = "422", description = "Invalid fields or URL")
    public RestResponse<SubscriptionView> replace(
            @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid SubscriptionInput input) {
        Subscription changed = subscriptions.replace(id, ifMatch.expected(), input);
        return RestResponse.ResponseBuilder.ok(subscriptions.view(changed)).tag(SubscriptionService.versionOf(changed).tag()).build();
    }

    @DELETE
    @Path(ID)
    @Operation(operationId = "deleteSubscription", summary = "Delete a subscription",
            description = "Nothing more is sent to it; its delivery log goes with it. Send `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    @APIResponse(responseCode = "422", description = "`If-Match` is longer than an entity tag can be")
    public RestResponse<Void> delete(
            @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        subscriptions.delete(id, ifMatch.expected());
        return RestResponse.noContent();
    }

    @POST
    @Path(ID + "/rotate-secret")
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate the signing secret",
            description = "Makes a new secret, shown only in this answer. The secrets used so far keep signing for "
                    + "`overlap`, so deliveries carry one signature per secret until then.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecretRotation.class)))
    @APIResponse(responseCode = "400", description = "`overlap` is not an ISO 8601 duration from PT0S to P7D")
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    public SecretRotation rotate(
            @PathParam("id") UUID id,
            @QueryParam("overlap") @Parameter(description = "How long the previous secrets keep signing (ISO 8601, PT0S to "
                    + "P7D, default PT24H)", schema = @Schema(type = SchemaType.STRING, maxLength = 20,
                    pattern = "^P[0-9DTHMS.]+$"), example = "PT24H") String overlap) {
        return subscriptions.rotate(id, duration(overlap));
    }

    @POST
    @Path(ID + "/ping")
    @Operation(operationId = "pingSubscription", summary = "Send a test event",
            description = "Sends a `mx.cajaga.subscription.ping` event to the URL now, signed like every event, and "
                    + "answers what the receiver said. Works on disabled subscriptions too, to check a receiver before "
                    + "enabling it again.")
    @APIResponse(responseCode = "200", description = "The event sent and the receiver's answer (also when it failed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PingResult.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    public PingResult ping(@PathParam("id") UUID id) {
        Subscription subscription = subscriptions.get(id);
        WebhookEvent event = events.ping(subscription.id);
        SendResult result = sender.send(subscription.url, event.id(), subscriptions.signingSecrets(subscription.id),
                events.write(event));
        return new PingResult(event, result);
    }

    @GET
    @Path(ID + "/deliveries")
    @Operation(operationId = "listSubscriptionDeliveries", summary = "The delivery log",
            description = "Each event queued for this subscription, newest first: status, attempts, the last answer and "
                    + "its latency, and when it is tried next.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when there is more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    public RestResponse<Page<DeliveryView>> deliveries(@PathParam("id") UUID id, @BeanParam PageParams page) {
        Page<DeliveryView> result = subscriptions.deliveries(id, page);
        return PageResponses.of(result, result.items().stream().map(d -> d.id() + ":" + d.status() + ":" + d.attempts()),
                uri, request, REVALIDATE);
    }

    @POST
    @Path(ID + "/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaySubscription", summary = "Send past events again",
            description = "Queues again, in order, every stored event at or after `since` that the subscription's event "
                    + "types and filters want. They keep their ids, so a receiver that already processed one can tell.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplayInput.class),
            examples = @ExampleObject(name = "sinceJanuary", summary = "Everything since 31 January", value = SubscriptionExamples.REPLAY)))
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of your client")
    @APIResponse(responseCode = "422", description = "`since` is missing")
    public RestResponse<ReplayResult> replay(@PathParam("id") UUID id, @NotNull @Valid ReplayInput input) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, new ReplayResult(subscriptions.replay(id, input.since())));
    }

    private static Duration duration(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException invalid) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'overlap' debe ser una duración ISO 8601 entre PT0S y P7D.",
                    "The 'overlap' parameter must be an ISO 8601 duration between PT0S and P7D.");
        }
    }
}
