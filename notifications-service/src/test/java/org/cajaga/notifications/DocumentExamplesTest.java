package org.cajaga.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.cajaga.testing.contract.ServedDocumentExamples;

/** Every example of this service's OpenAPI document is valid against the schema it illustrates. */
@QuarkusTest
class DocumentExamplesTest extends ServedDocumentExamples {
}
