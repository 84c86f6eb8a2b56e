package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The RSS 2.0 and Atom feeds and the sitemap, read with a real (namespace-aware) XML parser. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key"})
class FeedsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @BeforeEach
    void content() {
        BlogData.create(22);
    }

    private static Document parse(TestResponse r) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.bytes()));
    }

    private static String text(Element parent, String ns, String name) {
        NodeList nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        assertThat(nodes.getLength()).as("<%s> in <%s>", name, parent.getTagName()).isPositive();
        return nodes.item(0).getTextContent();
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    @Test
    void rssIsAnRss2ChannelWithTheTwentyLatestPosts(Client client) throws Exception {
        TestResponse r = client.get("/feed/rss/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/rss+xml; charset=utf-8");
        Element rss = parse(r).getDocumentElement();
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = children(rss, null, "channel").get(0);
        assertThat(text(channel, null, "title")).isEqualTo("Djakarta blog");
        assertThat(text(channel, null, "link")).isEqualTo("http://testserver/");
        assertThat(text(channel, null, "description")).isNotBlank();
        // RFC 822 dates; the posts were written now, after their (backdated) publication
        assertThat(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text(channel, null, "lastBuildDate"), Instant::from))
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo("http://testserver/feed/rss/");

        List<Element> items = children(channel, null, "item");
        assertThat(items).hasSize(20);
        Element first = items.get(0);
        assertThat(text(first, null, "title")).isEqualTo("Post 22");
        assertThat(text(first, null, "link")).isEqualTo("http://testserver/2024/01/22/post-22/");
        assertThat(text(first, null, "guid")).isEqualTo("http://testserver/2024/01/22/post-22/");
        assertThat(text(first, null, "pubDate")).isEqualTo("Mon, 22 Jan 2024 12:00:00 +0000");
        assertThat(text(first, null, "description")).isEqualTo("<p>Body of <em>post 22</em>, about number22.</p>");
        assertThat(text(items.get(19), null, "title")).isEqualTo("Post 03");
    }

    @Test
    void atomFeedHasTheRequiredElementsOfFeedAndEntries(Client client) throws Exception {
        TestResponse r = client.get("/feed/atom/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
        Element feed = parse(r).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isEqualTo("http://testserver/");
        assertThat(text(feed, ATOM, "title")).isEqualTo("Djakarta blog");
        assertThat(Instant.parse(text(feed, ATOM, "updated"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        List<Element> links = children(feed, ATOM, "link");
        assertThat(links).anySatisfy(l -> {
            assertThat(l.getAttribute("rel")).isEqualTo("self");
            assertThat(l.getAttribute("href")).isEqualTo("http://testserver/feed/atom/");
        });

        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).hasSize(20);
        Element entry = entries.get(0);
        assertThat(text(entry, ATOM, "id")).isEqualTo("http://testserver/2024/01/22/post-22/");
        assertThat(text(entry, ATOM, "title")).isEqualTo("Post 22");
        assertThat(text(entry, ATOM, "published")).isEqualTo("2024-01-22T12:00:00Z");
        assertThat(Instant.parse(text(entry, ATOM, "updated"))).isAfter(Instant.parse("2024-01-22T12:00:00Z"));
        assertThat(text((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), ATOM, "name")).isEqualTo("Ada Lovelace");
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("http://testserver/2024/01/22/post-22/");
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).isEqualTo("<p>Body of <em>post 22</em>, about number22.</p>");
    }

    @Test
    void feedsLeaveOutDraftsAndScheduledPosts(Client client) {
        assertThat(client.get("/feed/rss/").text()).doesNotContain("Secret draft", "Coming soon");
        assertThat(client.get("/feed/atom/").text()).doesNotContain("Secret draft", "Coming soon");
    }

    @Test
    void sitemapListsPagesPostsCategoriesAndTags(Client client) throws Exception {
        TestResponse r = client.get("/sitemap.xml");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/xml; charset=utf-8");
        Element urlset = parse(r).getDocumentElement();
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
        List<String> locs = new ArrayList<>();
        for (Element url : children(urlset, SITEMAP, "url")) {
            locs.add(text(url, SITEMAP, "loc"));
        }
        assertThat(locs).hasSize(1 + 22 + 2 + 2 + 2)
                .contains("http://testserver/", "http://testserver/2024/01/01/post-01/", "http://testserver/category/tutorials/",
                        "http://testserver/tag/security/", "http://testserver/about/")
                .noneMatch(l -> l.contains("secret-draft") || l.contains("coming-soon"));
        assertThat(r.text()).contains("<lastmod>");
    }
}
