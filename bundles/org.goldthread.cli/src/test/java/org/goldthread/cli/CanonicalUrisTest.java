package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.goldthread.cli.lsp.CanonicalUris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server's one spelling of file URIs (the server test checks the whole round trip). */
class CanonicalUrisTest {

	@Test
	void foldersGetOneSpellingWithATrailingSlash(@TempDir Path temp) throws Exception {
		Path folder = Files.createDirectories(temp.resolve("my ws"));
		String expected = folder.toRealPath().toUri().toString(); // file:///…/my%20ws/
		CanonicalUris uris = new CanonicalUris();
		String plain = folder.toRealPath().toString();
		for (String spelling : new String[] { "file://" + plain.replace(" ", "%20"), "file://" + plain.replace(" ", "%20") + "/", "file:" + plain.replace(" ", "%20"),
				"file://localhost" + plain.replace(" ", "%20"), "file://" + plain.replace(" ", "%20").replace("my", "%6d%79") }) {
			assertEquals(expected, uris.toUri(spelling).toString(), spelling);
		}
		Path link = Files.createSymbolicLink(temp.resolve("link"), folder);
		assertEquals(expected, uris.toUri(link.toUri().toString().replaceAll("/$", "")).toString());
	}

	@Test
	void documentsKeepTheirNameAndGoBackAsTheClientSpeltThem(@TempDir Path temp) throws Exception {
		Path folder = Files.createDirectories(temp.resolve("ws"));
		Path file = Files.writeString(folder.resolve("a.course"), "");
		Path link = Files.createSymbolicLink(temp.resolve("link"), folder);
		CanonicalUris uris = new CanonicalUris();
		String client = "file:" + link.resolve("a.course");
		var canonical = uris.toUri(client);
		assertEquals(file.toRealPath().toUri().toString(), canonical.toString());
		assertEquals(client, uris.toUriString(canonical), "diagnostics go back under the client's own URI");
		// a file not saved yet: its folder's real path and its name
		assertEquals(folder.toRealPath().toUri() + "new.course", uris.toUri(link.toUri() + "new.course").toString());
		// other schemes are left alone
		assertNull(uris.canonical("untitled:Untitled-1"));
		assertEquals("untitled:Untitled-1", uris.toUri("untitled:Untitled-1").toString());
	}
}
