package org.cajaga.practices.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.practices.rdf.JsonLdWriter;
import org.cajaga.practices.rdf.RdfGraph;
import org.cajaga.practices.rdf.RdfXmlWriter;
import org.cajaga.practices.rdf.ResourceIris;
import org.cajaga.practices.rdf.TurtleWriter;
import org.cajaga.practices.taxonomy.CachedVocabulary;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/catalog")
@Tag(name = "Catalogue", description = "What the API publishes, described for open-data portals (DCAT-AP 3).")
public class CatalogResource {

    private static final CacheControl ONE_MINUTE = CacheControl.valueOf("max-age=60");
    private static final Map<String, Function<RdfGraph, String>> WRITERS = Map.of(
            TurtleWriter.MEDIA_TYPE, TurtleWriter::write,
            JsonLdWriter.MEDIA_TYPE, JsonLdWriter::write,
            RdfXmlWriter.MEDIA_TYPE, RdfXmlWriter::write);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(TurtleWriter.MEDIA_TYPE),
            MediaType.valueOf(JsonLdWriter.MEDIA_TYPE), MediaType.valueOf(RdfXmlWriter.MEDIA_TYPE)).build();

    @Inject
    CatalogFacts facts;

    @Inject
    CachedVocabulary vocabulary;

    @Inject
    PracticesConfig settings;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @PermitAll
    @Produces({TurtleWriter.MEDIA_TYPE, JsonLdWriter.MEDIA_TYPE, RdfXmlWriter.MEDIA_TYPE})
    @Operation(operationId = "getCatalog", summary = "The DCAT-AP catalogue of the published data",
            description = "A DCAT-AP 3.0.1 `dcat:Catalog` for harvesters (CKAN's ckanext-dcat, data.europa.eu): the "
                    + "published practices (distributions: the CSV and NDJSON exports) and the classification statistics "
                    + "(distributions: the statistics endpoints), each with licence and `dct:modified` from the data; the API "
                    + "as a `dcat:DataService` whose `dcat:endpointDescription` is `/openapi`; principles, lessons, criteria, "
                    + "SDG goals and classifications as SKOS concept schemes (`dcat:themeTaxonomy`, `dcat:theme`); Mexico and "
                    + "the states with published practices as `dct:spatial`. Turtle (also for `*/*`), JSON-LD with an inline "
                    + "`@context`, or RDF/XML by `Accept`; any other type is a 406 problem. Labels come from "
                    + "taxonomy-service; while it is down the labels read last serve, and before any was read the answer "
                    + "is 503. Anonymous.")
    @APIResponse(responseCode = "200", description = "The catalogue; `Vary: Accept`",
            content = {
                    @Content(mediaType = TurtleWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "catalog-turtle", value = CatalogExamples.TURTLE)),
                    @Content(mediaType = JsonLdWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "catalog-json-ld", value = CatalogExamples.JSON_LD)),
                    @Content(mediaType = RdfXmlWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "catalog-rdf-xml", value = CatalogExamples.RDF_XML))},
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = HttpHeaders.VARY,
                    description = "Always `Accept`: the representation depends on it",
                    schema = @Schema(type = SchemaType.STRING, example = "Accept"))})
    @APIResponse(responseCode = "503", description = "taxonomy-service is down and its labels were never read")
    public RestResponse<String> catalog() {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw Problems.of(ProblemType.NOT_ACCEPTABLE,
                    "El catálogo se sirve como text/turtle, application/ld+json o application/rdf+xml.",
                    "The catalogue is served as text/turtle, application/ld+json or application/rdf+xml.");
        }
        String mediaType = variant.getMediaType().getType() + "/" + variant.getMediaType().getSubtype();
        RdfGraph graph = CatalogGraph.of(new ResourceIris(uri.getBaseUri().toString()), settings.catalog(),
                vocabulary.current(), facts.read());
        String body = WRITERS.get(mediaType).apply(graph);
        return Preconditions.conditional(request, EntityTags.of("catalog", mediaType, body), ONE_MINUTE, body)
                .type(mediaType).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
