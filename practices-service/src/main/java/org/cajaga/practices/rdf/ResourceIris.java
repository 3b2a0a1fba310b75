package org.cajaga.practices.rdf;

import java.util.UUID;

/**
 * The IRIs that name the API's resources in linked data: the addresses where the API serves them,
 * under the configured public URL, so each one can be looked up. Criteria have no address of their
 * own and are fragments of their criteria-set version; the classifications are defined in the catalogue.
 */
public final class ResourceIris {

    private final String base;

    /** @param base the public base URL, ending with {@code /} */
    public ResourceIris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String api() {
        return base + "api/v1";
    }

    public String openApi() {
        return base + "openapi";
    }

    public String practice(UUID id) {
        return base + "api/v1/practices/" + id;
    }

    public String practices() {
        return base + "api/v1/practices";
    }

    public String principles() {
        return taxonomy("principles");
    }

    public String principle(String code) {
        return principles() + "/" + code;
    }

    public String lessons() {
        return taxonomy("lessons");
    }

    public String lesson(String code) {
        return lessons() + "/" + code;
    }

    public String criteriaSetVersion(String criteriaSet, int version) {
        return taxonomy("criteria-sets/" + criteriaSet + "/versions/" + version);
    }

    public String criterion(String criteriaSet, int version, String code) {
        return criteriaSetVersion(criteriaSet, version) + "#" + code;
    }

    public String sdgGoals() {
        return taxonomy("sdg/goals");
    }

    public String sdgGoal(String number) {
        return sdgGoals() + "/" + number;
    }

    public String sdgTargets() {
        return taxonomy("sdg/targets");
    }

    public String sdgTarget(String code) {
        return sdgTargets() + "/" + code;
    }

    public String states() {
        return taxonomy("states");
    }

    public String state(String code) {
        return states() + "/" + code;
    }

    public String municipality(String cvegeo) {
        return taxonomy("municipalities/" + cvegeo);
    }

    public String catalog() {
        return base + "api/v1/catalog";
    }

    /** A resource described only inside the catalogue (datasets, distributions, the publisher). */
    public String inCatalog(String name) {
        return catalog() + "#" + name;
    }

    public String classifications() {
        return inCatalog("classifications");
    }

    public String classification(String value) {
        return inCatalog("classification-" + value);
    }

    private String taxonomy(String path) {
        return base + "api/v1/taxonomy/" + path;
    }
}
