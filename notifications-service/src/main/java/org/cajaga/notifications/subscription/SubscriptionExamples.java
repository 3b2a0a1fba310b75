package org.cajaga.notifications.subscription;

/** Request examples of the OpenAPI document; DocumentExamplesTest checks them against their schemas. */
final class SubscriptionExamples {

    static final String CREATE = """
            {
              "url": "https://portal.example.org/hooks/cajaga",
              "description": "Portal de Chihuahua",
              "eventTypes": ["practice.published", "practice.updated", "practice.withdrawn", "practice.archived"],
              "filters": {"states": ["08"], "principles": ["PARTICIPATION"]}
            }""";

    static final String REPLACE = """
            {
              "url": "https://portal.example.org/hooks/cajaga",
              "description": "Portal de Chihuahua, también clasificaciones",
              "eventTypes": ["practice.published", "practice.classified"],
              "filters": {"states": ["08"], "classifications": ["GOOD_PRACTICE", "EMBLEMATIC"]},
              "enabled": true
            }""";

    static final String REPLAY = """
            {"since": "2026-01-31T12:00:00Z"}""";

    private SubscriptionExamples() {
    }
}
