package org.cajaga.support.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsItsKeysIncludingEmptyOnesAndAccents() {
        Cursor cursor = Cursor.of("12", "Juárez, \"Benito\"", "");
        Cursor decoded = Cursor.decode(cursor.encode(), 3);
        assertThat(decoded.keys()).containsExactly("12", "Juárez, \"Benito\"", "");
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesForeignOrTamperedCursorsAsBadRequests() {
        for (String forged : List.of("not base64!", "YWJj", Cursor.of("a", "b").encode())) {
            assertThatThrownBy(() -> Cursor.decode(forged, 1))
                    .isInstanceOf(HttpProblem.class)
                    .extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(400);
        }
        assertThatThrownBy(() -> Cursor.of("-3").intKey(0)).isInstanceOf(HttpProblem.class);
        assertThatThrownBy(() -> Cursor.of("x").intKey(0)).isInstanceOf(HttpProblem.class);
        assertThat(Cursor.of("42").intKey(0)).isEqualTo(42);
        assertThatThrownBy(() -> Cursor.of("-3").longKey(0)).isInstanceOf(HttpProblem.class);
        assertThatThrownBy(() -> Cursor.of("9223372036854775808").longKey(0)).isInstanceOf(HttpProblem.class);
        assertThat(Cursor.of("9223372036854775807").longKey(0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aPageFetchedWithOneExtraRowPointsAfterItsLastItem() {
        Page<String> page = Page.from(List.of(1, 2, 3), 2, n -> Cursor.of(String.valueOf(n)), n -> "#" + n);
        assertThat(page.items()).containsExactly("#1", "#2");
        assertThat(Cursor.decode(page.next(), 1).intKey(0)).isEqualTo(2);
        Page<String> last = Page.from(List.of(1, 2), 2, n -> Cursor.of(String.valueOf(n)), n -> "#" + n);
        assertThat(last.next()).isNull();
    }

    @Test
    void limitDefaultsToFiftyAndStaysWithinOneToTwoHundred() {
        assertThat(new PageParams(null, null).limit()).isEqualTo(50);
        assertThat(new PageParams("200", null).limit()).isEqualTo(200);
        for (String wrong : List.of("0", "201", "ten")) {
            assertThatThrownBy(() -> new PageParams(wrong, null).limit()).isInstanceOf(HttpProblem.class);
        }
        assertThat(new PageParams(null, "").cursor(1)).isEmpty();
    }
}
