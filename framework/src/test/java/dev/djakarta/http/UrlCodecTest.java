package dev.djakarta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlCodecTest {
    @Test
    void decodesPercentEscapesAsUtf8() {
        assertThat(UrlCodec.decode("/caf%C3%A9/", false)).isEqualTo("/café/");
        assertThat(UrlCodec.decode("a+b", false)).isEqualTo("a+b");
        assertThat(UrlCodec.decode("a+b%20c", true)).isEqualTo("a b c");
    }

    @Test
    void refusesMalformedEscapes() {
        assertThatThrownBy(() -> UrlCodec.decode("%zz", false)).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> UrlCodec.decode("abc%4", false)).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> UrlCodec.decode("%", false)).isInstanceOf(BadRequest.class);
    }

    @Test
    void refusesInvalidUtf8() {
        assertThatThrownBy(() -> UrlCodec.decode("%FF%FE", false)).isInstanceOf(BadRequest.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> UrlCodec.decode("%C3", false)).isInstanceOf(BadRequest.class);
    }

    @Test
    void parsesMultiValuedQueriesInOrder() {
        Params p = UrlCodec.parseQuery("a=1&b=x+y&a=2&empty=&flag", 100);
        assertThat(p.getAll("a")).containsExactly("1", "2");
        assertThat(p.get("a")).isEqualTo("2");
        assertThat(p.get("b")).isEqualTo("x y");
        assertThat(p.get("empty")).isEmpty();
        assertThat(p.get("flag")).isEmpty();
        assertThat(p.names()).containsExactly("a", "b", "empty", "flag");
    }

    @Test
    void tooManyFieldsIsABadRequest() {
        assertThatThrownBy(() -> UrlCodec.parseQuery("a=1&b=2&c=3", 2))
                .isInstanceOf(BadRequest.class).hasMessageContaining("DATA_UPLOAD_MAX_NUMBER_FIELDS");
        assertThat(UrlCodec.parseQuery("a=1&&b=2&", 2).size()).isEqualTo(2);
    }

    @Test
    void encodingRoundTrips() {
        String s = "héllo wörld/&=?#";
        assertThat(UrlCodec.decode(UrlCodec.encodeQueryComponent(s), true)).isEqualTo(s);
        assertThat(UrlCodec.encodePathSegment("a/b")).isEqualTo("a%2Fb");
        assertThat(UrlCodec.encodePath("a/b c")).isEqualTo("a/b%20c");
        assertThat(UrlCodec.encodeQueryComponent("😀")).isEqualTo("%F0%9F%98%80");
        assertThat(Params.of(java.util.Map.of("k", List.of("a b", "c"))).urlencode()).isEqualTo("k=a%20b&k=c");
    }
}
