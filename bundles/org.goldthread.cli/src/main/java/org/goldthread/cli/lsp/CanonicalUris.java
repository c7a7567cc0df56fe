package org.goldthread.cli.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Singleton;

/**
 * One spelling for every file URI the server receives, so that documents, workspace folders and
 * the files the server finds on disk compare equal however the client wrote them:
 * {@code file:/x}, {@code file:///x} and {@code file://localhost/x} alike, percent-encoding as
 * Java writes it, symbolic links in folders resolved, and a trailing slash on folders (Xtext
 * decides which project a file belongs to with a prefix test that needs it; Neovim and VS Code
 * send workspace folders without one).
 * <p>
 * A document keeps its own name: the real path of its folder plus its file name (so that a file
 * that is itself a link is not confused with its target). URIs that go back to the client
 * (diagnostics) are spelt as the client spelt them, so its buffers find them.
 */
@Singleton
public class CanonicalUris extends UriExtensions {

	/** canonical URI → the client's spelling, for the URIs that differ. */
	private final Map<String, String> clientSpelling = new ConcurrentHashMap<>();

	@Override
	public URI toUri(String uri) {
		URI canonical = canonical(uri);
		if (canonical == null) {
			return super.toUri(uri);
		}
		String key = canonical.toString();
		if (!key.equals(uri) && !canonical.hasTrailingPathSeparator()) {
			clientSpelling.put(key, uri);
		}
		return canonical;
	}

	@Override
	public String toUriString(URI uri) {
		String canonical = super.toUriString(uri);
		String client = clientSpelling.get(canonical);
		return client != null ? client : canonical;
	}

	/** The canonical form of a file URI, or null for other schemes and URIs that are not paths. */
	public URI canonical(String uri) {
		if (uri == null || !uri.regionMatches(true, 0, "file:", 0, 5)) {
			return null;
		}
		try {
			java.net.URI parsed = new java.net.URI(uri);
			if (parsed.getQuery() != null || parsed.getFragment() != null) {
				return null;
			}
			String authority = parsed.getAuthority();
			if (authority != null && !authority.isEmpty() && !authority.equalsIgnoreCase("localhost")) {
				return null; // a file on another host (UNC): leave it as it is
			}
			Path path = Paths.get(new java.net.URI("file", null, parsed.getPath(), null)).normalize();
			Path real = realPath(path);
			java.net.URI result = real.toUri();
			String text = result.toString();
			boolean folder = Files.isDirectory(real) || uri.endsWith("/");
			if (folder && !text.endsWith("/")) {
				text = text + "/";
			}
			return super.toUri(text); // Xtext's own parsing of the now canonical text (not toEmfUri: it calls toUri)
		} catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
			return null;
		}
	}

	/**
	 * A folder's real path; for a file, its folder's real path and its own name. For a path that
	 * does not exist (yet), the real path of the nearest existing folder and the rest as given.
	 */
	static Path realPath(Path path) {
		if (Files.isDirectory(path)) {
			try {
				return path.toRealPath();
			} catch (IOException e) {
				return path;
			}
		}
		Path parent = path.getParent();
		if (parent == null || path.getFileName() == null) {
			return path;
		}
		Path existing = parent;
		Path rest = path.getFileSystem().getPath("");
		while (existing != null && !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(existing)) {
			rest = existing.getFileName().resolve(rest);
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		try {
			return existing.toRealPath().resolve(rest).resolve(path.getFileName());
		} catch (IOException e) {
			return path;
		}
	}
}
